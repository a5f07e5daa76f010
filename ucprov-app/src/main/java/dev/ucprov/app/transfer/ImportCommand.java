package dev.ucprov.app.transfer;

import dev.ucprov.app.cli.ExitCodes;
import dev.ucprov.app.cli.TenantIdConverter;
import dev.ucprov.core.tenant.TenantId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ucprov import}: an existing provisioning tree into a tenant, over the admin API. */
@Command(
    name = "import",
    header = "Load a provisioning tree into a tenant through the admin API.",
    description = {
      "Every regular file of the tree becomes the tenant's file at the same path; files named by"
          + " a MAC keep their name (MAC in lower case) and answer for that phone only, and each"
          + " phone so named is claimed for the tenant unless a tenant has it already. The tenant"
          + " is created when it does not exist. Unchanged files are not uploaded again.",
      "The admin token is read from UCPROV_ADMIN_TOKEN. A symbolic link out of the tree refuses"
          + " the whole import."
    })
public final class ImportCommand implements Callable<Integer> {

  private final Map<String, String> environment;

  @Spec private CommandSpec spec;

  @Option(
      names = "--tenant",
      required = true,
      paramLabel = "TENANT",
      converter = TenantIdConverter.class,
      description = "The tenant to load into (created when missing).")
  private TenantId tenant;

  @Option(
      names = "--tree",
      required = true,
      paramLabel = "DIR",
      description = "The provisioning directory to load.")
  private Path tree;

  @Mixin private AdminApiOption admin;

  public ImportCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Integer call() {
    List<TreeScan.Entry> entries = TreeScan.scan(tree);
    AdminClient api = admin.connect(environment);
    PrintWriter err = spec.commandLine().getErr();
    TreeImport.Result result =
        new TreeImport(api, tenant).run(entries, Progress.onStderr(err, "import", entries.size()));
    report(spec.commandLine().getOut(), result);
    return ExitCodes.OK;
  }

  private void report(PrintWriter out, TreeImport.Result result) {
    if (result.tenantCreated()) {
      out.println("created tenant " + tenant);
    }
    for (String rename : result.renamed()) {
      out.println("stored as " + rename + " (phones ask with a lower-case MAC)");
    }
    result.devicesCreated().forEach(mac -> out.println("created device " + mac));
    result.warnings().forEach(warning -> out.println("warning: " + warning));
    out.printf(
        "imported %s into tenant %s: %d files (%d new, %d changed, %d unchanged), %d devices"
            + " created%n",
        tree,
        tenant,
        result.added() + result.changed() + result.unchanged(),
        result.added(),
        result.changed(),
        result.unchanged(),
        result.devicesCreated().size());
    out.flush();
  }
}
