package dev.ucprov.app.load;

import dev.ucprov.app.cli.ExitCodes;
import dev.ucprov.app.cli.InputException;
import dev.ucprov.app.cli.JsonOutput;
import dev.ucprov.app.cli.OutputFormat;
import dev.ucprov.app.cli.OutputFormatOption;
import dev.ucprov.app.transfer.Progress;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sim.load.BootStorm;
import dev.ucprov.sim.load.LoadClients;
import dev.ucprov.sim.load.LoadPhones;
import dev.ucprov.sim.load.LoadPlan;
import dev.ucprov.sim.load.LoadReport;
import dev.ucprov.sim.phone.BootServerSetting;
import dev.ucprov.sim.transport.FileTransport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ucprov loadtest}: a boot storm of virtual phones against a provisioning server. */
@Command(
    name = "loadtest",
    header = "Boot many virtual phones against a provisioning server and measure it.",
    description = {
      "Each phone boots once, as a real one does (master, firmware check, CONFIG_FILES,"
          + " overrides, directory, licences, log uploads), on a virtual thread, started at --rate"
          + " phones a second. After --duration no phone starts and the boots still running are"
          + " cut: those count as errors of kind timeout, the phones never started as"
          + " not-started. Progress goes to stderr; the report (phones/s, requests/s, latency"
          + " percentiles per file kind, errors by kind) to stdout.",
      "Exit status 1 when the errors pass --max-error-rate (default 0: any error)."
    })
public final class LoadTestCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--server",
      required = true,
      paramLabel = "URL",
      description =
          "The boot server URL the phones are given: http://HOST:PORT/TENANT/,"
              + " https://..., tftp://HOST:PORT/.")
  private String server;

  @Option(
      names = "--phones",
      required = true,
      paramLabel = "N",
      converter = Numbers.Phones.class,
      description = "How many phones boot, one boot each (1 to 1000000).")
  private int phones;

  @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "0..1")
  private MacChoice macs;

  @Mixin private LoadPace pace;

  @Option(
      names = "--protocol",
      paramLabel = "PROTOCOL",
      converter = Numbers.ProtocolConverter.class,
      description = "http, https or tftp: the scheme for a --server without one (default http).")
  private LoadClients.Protocol protocol;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      defaultValue = "VVX_410",
      description = "The phones' model as their User-Agent names it (default VVX_410).")
  private String model;

  @Option(
      names = "--no-uploads",
      description =
          "Send no upload and count none: for a server that only reads (nginx on an export).")
  private boolean noUploads;

  @Option(
      names = "--log-uploads",
      paramLabel = "N",
      defaultValue = "2",
      converter = Numbers.LogUploads.class,
      description =
          "Logs each phone uploads a boot: 2, its boot log then its application log, as a phone"
              + " does (default); 1, the application log only.")
  private int logUploads;

  @Mixin private LoadTls tls;

  @Option(
      names = "--max-error-rate",
      paramLabel = "RATE",
      defaultValue = "0",
      converter = Numbers.ErrorRate.class,
      description =
          "Errors over phones allowed before the exit status is 1: 0.01 or 1%% (default 0).")
  private double maxErrorRate;

  @Mixin private OutputFormatOption format;

  @Override
  public Integer call() {
    LoadTarget target = LoadTarget.of(server, Optional.ofNullable(protocol));
    LoadPlan plan = plan(MacChoice.macs(Optional.ofNullable(macs), phones));
    PrintWriter err = spec.commandLine().getErr();
    LoadProgress progress = new LoadProgress(err, Progress.stderrIsTerminal());
    LoadReport report;
    try (LoadClients clients =
        LoadClients.open(target.protocol(), pace.requestTimeout(), tls.context(target))) {
      FileTransport transport =
          plan.uploads() ? clients.transport() : LoadPhones.readOnly(clients.transport());
      LoadPhones fleet =
          new LoadPhones(
              new BootServerSetting.Fixed(target.url()), transport, model, logUploads == 2);
      report = new BootStorm(fleet).run(plan, progress, progress.every());
    }
    progress.finish();
    PrintWriter out = spec.commandLine().getOut();
    if (format.get() == OutputFormat.JSON) {
      out.println(new JsonOutput().render(LoadReportJson.of(report)));
    } else {
      LoadReportText.lines(report).forEach(out::println);
    }
    out.flush();
    return report.errorRate() > maxErrorRate ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private LoadPlan plan(List<MacAddress> phoneMacs) {
    try {
      return new LoadPlan(
          phoneMacs,
          pace.rate(),
          Optional.of(pace.duration()),
          pace.concurrency().map(OptionalInt::of).orElse(OptionalInt.empty()),
          !noUploads);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
