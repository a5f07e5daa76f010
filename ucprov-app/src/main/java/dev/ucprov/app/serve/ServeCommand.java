package dev.ucprov.app.serve;

import dev.ucprov.app.config.ConfigFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ucprov serve}: the provisioning server, until SIGTERM or Ctrl-C. */
@Command(
    name = "serve",
    header = "Run the provisioning server (phones' HTTP listener and the admin API).",
    description = {
      "Without options: data in ./ucprov-data (an H2 database and file bodies), phones on"
          + " 0.0.0.0:8080, the admin API on 127.0.0.1:8081. Options override --config, which"
          + " overrides the defaults.",
      "The admin token is UCPROV_ADMIN_TOKEN when set; otherwise it is generated on the first"
          + " start, printed once and kept in <data>/admin-token (mode 0600).",
      "SIGTERM or Ctrl-C stops it cleanly (exit status 0)."
    })
public final class ServeCommand implements Callable<Integer> {

  private final ServerSession session;
  private final ConfigFile configFiles;

  @Spec private CommandSpec spec;

  @Mixin private ServerOptions options;

  public ServeCommand(ServerSession session, ConfigFile configFiles) {
    this.session = session;
    this.configFiles = configFiles;
  }

  @Override
  public Integer call() {
    return session.run(
        options.resolve(configFiles), spec.commandLine().getOut(), (server, token, out) -> {});
  }
}
