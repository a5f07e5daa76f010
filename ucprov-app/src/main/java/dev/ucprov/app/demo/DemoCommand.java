package dev.ucprov.app.demo;

import dev.ucprov.app.config.ConfigFile;
import dev.ucprov.app.serve.ServerOptions;
import dev.ucprov.app.serve.ServerSession;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ucprov demo}: {@code serve} with a demo tenant, and the curl commands to look at it. */
@Command(
    name = "demo",
    header = "Run the server with a demo tenant and print the commands to look at it.",
    description = {
      "Like serve (same options and defaults), but first makes sure the data holds a demo"
          + " tenant: 'demo' (host name demo.localhost), three phones (VVX_410, VVX_500,"
          + " SPIP_650), a master 000000000000.cfg, a [PHONE_MAC_ADDRESS]-lines.cfg template, a"
          + " site.cfg, an override file and a shared firmware placeholder sip.ld. Only what is"
          + " missing is created. Then it prints curl commands for a phone's and an operator's"
          + " view, with the real addresses and token."
    })
public final class DemoCommand implements Callable<Integer> {

  private final ServerSession session;
  private final ConfigFile configFiles;

  @Spec private CommandSpec spec;

  @Mixin private ServerOptions options;

  public DemoCommand(ServerSession session, ConfigFile configFiles) {
    this.session = session;
    this.configFiles = configFiles;
  }

  @Override
  public Integer call() {
    return session.run(
        options.resolve(configFiles),
        spec.commandLine().getOut(),
        (server, token, out) -> {
          List<String> created = new DemoContent(server.operations()).ensure();
          out.println(
              created.isEmpty()
                  ? "demo content: already there, left as it is"
                  : "demo content: created " + String.join(", ", created));
          DemoInstructions.print(out, server.phoneUri(), server.adminUri(), token);
        });
  }
}
