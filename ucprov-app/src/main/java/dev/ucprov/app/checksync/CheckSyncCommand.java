package dev.ucprov.app.checksync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.app.cli.ExitCodes;
import dev.ucprov.app.cli.InputException;
import dev.ucprov.app.cli.JsonOutput;
import dev.ucprov.app.cli.OutputFormat;
import dev.ucprov.app.cli.OutputFormatOption;
import dev.ucprov.app.cli.TenantIdConverter;
import dev.ucprov.app.serve.CheckSyncOptions;
import dev.ucprov.app.transfer.AdminApiOption;
import dev.ucprov.app.transfer.AdminClient;
import dev.ucprov.app.transfer.Progress;
import dev.ucprov.core.tenant.TenantId;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ucprov check-sync}: a check-sync job over the admin API, followed to its end. */
@Command(
    name = "check-sync",
    header = "Make phones re-read their configuration now (SIP NOTIFY or Push), as a job.",
    description = {
      "Starts a job on the server for the devices chosen, at most --rate a second and"
          + " --concurrency at once (the server's defaults otherwise), shows its progress on"
          + " stderr, and ends with a summary: the counts by outcome and every device that did not"
          + " accept it.",
      "The admin token is read from UCPROV_ADMIN_TOKEN. Exit status 1 when some device did not"
          + " accept it. Interrupting this command does not stop the job: the server finishes it."
    })
public final class CheckSyncCommand implements Callable<Integer> {

  /** How often the job is polled. */
  static final Duration POLL = Duration.ofMillis(500);

  private final Map<String, String> environment;

  @Spec private CommandSpec spec;

  @Option(
      names = "--tenant",
      required = true,
      paramLabel = "TENANT",
      converter = TenantIdConverter.class,
      description = "The tenant whose devices get it.")
  private TenantId tenant;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private DeviceChoice devices;

  @Option(
      names = "--rate",
      paramLabel = "N",
      converter = CheckSyncOptions.RateConverter.class,
      description = "Check-syncs started per second, at most (fractions allowed).")
  private Double rate;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      converter = CheckSyncOptions.ConcurrencyConverter.class,
      description = "Check-syncs awaiting their outcome at once, at most.")
  private Integer concurrency;

  @Mixin private AdminApiOption admin;

  @Mixin private OutputFormatOption format;

  public CheckSyncCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Integer call() {
    AdminClient api = admin.connect(environment);
    JsonNode started = api.postJson("/api/v1/tenants/" + tenant + "/check-sync", body());
    String id = started.path("id").asText();
    PrintWriter err = spec.commandLine().getErr();
    JobProgress progress = new JobProgress(err, Progress.stderrIsTerminal(), System::nanoTime);
    JsonNode job = follow(api, id, progress);
    progress.finish();
    PrintWriter out = spec.commandLine().getOut();
    if (format.get() == OutputFormat.JSON) {
      out.println(new JsonOutput().render(job));
    } else {
      JobSummary.lines(job).forEach(out::println);
    }
    out.flush();
    return job.path("failed").asInt() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private ObjectNode body() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    devices.writeTo(body);
    if (rate != null) {
      body.put("rate", rate);
    }
    if (concurrency != null) {
      body.put("concurrency", concurrency);
    }
    return body;
  }

  /** Polls the job until it is finished; the job runs on the server whatever happens here. */
  private static JsonNode follow(AdminClient api, String id, JobProgress progress) {
    String path = "/api/v1/jobs/" + id;
    while (true) {
      JsonNode job =
          api.getJson(path)
              .orElseThrow(
                  () -> new InputException("job " + id + " is gone (its tenant deleted?)"));
      progress.show(job);
      if (job.path("state").asText().equals("finished")) {
        return job;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InputException("interrupted; job " + id + " goes on on the server", e);
      }
    }
  }
}
