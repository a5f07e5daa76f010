package dev.ucprov.app.transfer;

import dev.ucprov.app.cli.AdminUrlConverter;
import dev.ucprov.app.server.AdminTokenFile;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --admin URL} option of every command that drives a running server through its admin
 * API, and the connection it opens with the token from {@code UCPROV_ADMIN_TOKEN}. A picocli mixin,
 * so the option reads and behaves the same in each such command.
 */
public final class AdminApiOption {

  @Option(
      names = "--admin",
      paramLabel = "URL",
      defaultValue = "http://127.0.0.1:8081",
      converter = AdminUrlConverter.class,
      description = "The admin API (default: http://127.0.0.1:8081).")
  private URI admin;

  /** A client for the admin API, authorised by the token the environment holds. */
  public AdminClient connect(Map<String, String> environment) {
    return AdminClient.connect(
        admin, Optional.ofNullable(environment.get(AdminTokenFile.ENVIRONMENT_VARIABLE)));
  }
}
