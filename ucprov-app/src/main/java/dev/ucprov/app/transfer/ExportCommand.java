package dev.ucprov.app.transfer;

import dev.ucprov.app.cli.AdminUrlConverter;
import dev.ucprov.app.cli.ExitCodes;
import dev.ucprov.app.cli.TenantIdConverter;
import dev.ucprov.core.tenant.TenantId;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ucprov export}: a tenant's files as served, into a directory any web server can serve. */
@Command(
    name = "export",
    header = "Write every file a tenant serves, as served, into a directory.",
    description = {
      "Writes the tenant's files and the shared ones it does not shadow, with every per-device"
          + " file ([PHONE_MAC_ADDRESS]) rendered once for each known device, so a static web"
          + " server (nginx) serving the directory gives phones the same bytes. Each file is"
          + " written to a temporary file and renamed into place.",
      "The list of files comes from the admin API, their bytes from the phone listener (--http),"
          + " which records the reads in the inventory as it does any phone's.",
      "The admin token is read from UCPROV_ADMIN_TOKEN."
    })
public final class ExportCommand implements Callable<Integer> {

  private final Map<String, String> environment;

  @Spec private CommandSpec spec;

  @Option(
      names = "--tenant",
      required = true,
      paramLabel = "TENANT",
      converter = TenantIdConverter.class,
      description = "The tenant to export.")
  private TenantId tenant;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write (created when missing; other files there are left alone).")
  private Path out;

  @Mixin private AdminApiOption admin;

  @Option(
      names = "--http",
      paramLabel = "URL",
      defaultValue = "http://127.0.0.1:8080",
      converter = AdminUrlConverter.class,
      description =
          "The phone listener, read for the bytes phones get (default: http://127.0.0.1:8080).")
  private URI phones;

  public ExportCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Integer call() {
    AdminClient api = admin.connect(environment);
    TreeExport export = new TreeExport(api, new PhoneView(phones), tenant);
    TreeExport.Plan plan = export.plan();
    PrintWriter err = spec.commandLine().getErr();
    TreeExport.Result result =
        export.run(plan, out, Progress.onStderr(err, "export", plan.paths().size()));
    PrintWriter stdout = spec.commandLine().getOut();
    result.warnings().forEach(warning -> stdout.println("warning: " + warning));
    stdout.println(
        String.format(
            Locale.ROOT,
            "exported tenant %s to %s: %d files (%.1f MB) for %d devices",
            tenant,
            out,
            result.files(),
            result.bytes() / 1_000_000.0,
            plan.devices()));
    stdout.flush();
    return ExitCodes.OK;
  }
}
