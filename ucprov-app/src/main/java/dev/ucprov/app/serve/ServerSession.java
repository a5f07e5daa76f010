package dev.ucprov.app.serve;

import dev.ucprov.app.cli.ExitCodes;
import dev.ucprov.app.cli.InputException;
import dev.ucprov.app.config.HttpsConfig;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.app.server.AdminToken;
import dev.ucprov.app.server.AdminTokenFile;
import dev.ucprov.app.server.ProvisioningServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * One run of the server for {@code serve} and {@code demo}: find the admin token, start, let the
 * command add its part (the demo's content), print the ready line, then serve until the process is
 * asked to end, when {@link ShutdownHook} closes everything and ends the process with status 0.
 */
public final class ServerSession {

  /** What a command does once the server is up, before the ready line. */
  @FunctionalInterface
  public interface Preparation {
    void prepare(ProvisioningServer server, AdminToken token, PrintWriter out);
  }

  private final Map<String, String> environment;
  private final Clock clock;
  private final SecureRandom random;

  public ServerSession(Map<String, String> environment, Clock clock, SecureRandom random) {
    this.environment = Map.copyOf(environment);
    this.clock = clock;
    this.random = random;
  }

  /** Starts the server and serves until the process ends; returns only if interrupted. */
  public int run(ServerConfig given, PrintWriter out, Preparation preparation) {
    ServerConfig config =
        given.withHttps(
            given
                .https()
                .orPassword(Optional.ofNullable(environment.get(HttpsConfig.PASSWORD_VARIABLE))));
    createDataDirectory(config);
    AdminToken token =
        new AdminTokenFile(config.adminTokenFile(), random)
            .obtain(Optional.ofNullable(environment.get(AdminTokenFile.ENVIRONMENT_VARIABLE)));
    ProvisioningServer server = ProvisioningServer.start(config, token, clock);
    ShutdownHook hook = ShutdownHook.install(server);
    printToken(out, config, token);
    preparation.prepare(server, token, out);
    out.println(readyLine(server, config));
    out.flush();
    try {
      new CountDownLatch(1).await(); // the shutdown hook ends the process
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    hook.remove();
    try {
      server.close();
    } catch (Exception e) {
      throw new IllegalStateException("stopping the server failed", e);
    }
    return ExitCodes.OK;
  }

  private static void createDataDirectory(ServerConfig config) {
    try {
      Files.createDirectories(config.data());
    } catch (IOException e) {
      throw new InputException(
          "cannot create the data directory " + config.data() + ": " + e.getMessage(), e);
    }
  }

  private static void printToken(PrintWriter out, ServerConfig config, AdminToken token) {
    switch (token.origin()) {
      case GENERATED ->
          out.println(
              "admin token (shown once; kept in "
                  + config.adminTokenFile()
                  + ", mode 0600): "
                  + token.value());
      case STORED -> out.println("admin token: in " + config.adminTokenFile());
      case ENVIRONMENT -> out.println("admin token: from " + AdminTokenFile.ENVIRONMENT_VARIABLE);
    }
  }

  /**
   * {@code ucprov ready in 0.84 s: phones http://0.0.0.0:8080, admin API http://127.0.0.1:8081,
   * data /srv/ucprov-data}: the addresses as bound (the real port when 0 was asked for), and the
   * time since the JVM started. With HTTPS, the phones part reads {@code phones http://0.0.0.0:8080
   * and https://0.0.0.0:8443}; with TFTP, {@code and tftp://0.0.0.0:6969} follows, then with FTP
   * {@code and ftp://0.0.0.0:2121}.
   */
  String readyLine(ProvisioningServer server, ServerConfig config) {
    String https =
        config
            .https()
            .address()
            .flatMap(address -> server.httpsPort().map(address::withPort))
            .map(bound -> " and https://" + bound)
            .orElse("");
    String tftp =
        config
            .tftp()
            .address()
            .flatMap(address -> server.tftpPort().map(address::withPort))
            .map(bound -> " and tftp://" + bound)
            .orElse("");
    String ftp =
        config
            .ftp()
            .listener()
            .flatMap(address -> server.ftpPort().map(address::withPort))
            .map(bound -> " and ftp://" + bound)
            .orElse("");
    return String.format(
        Locale.ROOT,
        "ucprov ready in %.2f s: phones http://%s%s%s%s, admin API http://%s, data %s",
        sinceJvmStart().toMillis() / 1000.0,
        config.http().withPort(server.phonePort()),
        https,
        tftp,
        ftp,
        config.admin().withPort(server.adminPort()),
        config.data());
  }

  /**
   * The JVM's own start time, in milliseconds: the process start time Linux gives is rounded to
   * whole seconds of boot time, too coarse for a start-up of one or two seconds.
   */
  private Duration sinceJvmStart() {
    Instant start = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    return Duration.between(start, clock.instant());
  }
}
