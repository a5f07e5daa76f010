package dev.ucprov.app.sim;

import dev.ucprov.app.cli.TextTable;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveParameter;
import dev.ucprov.sim.phone.BootResult;
import dev.ucprov.sim.phone.PhoneProfile;
import dev.ucprov.sim.phone.Step;
import java.util.ArrayList;
import java.util.List;

/** {@code ucprov sim boot} for people: the trace as a table, the outcome, the configuration. */
final class SimBootText {

  private final BootResult result;
  private final PhoneProfile profile;

  SimBootText(BootResult result, PhoneProfile profile) {
    this.result = result;
    this.profile = profile;
  }

  List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Phone "
            + result.mac()
            + " ("
            + profile.model()
            + ", UC Software "
            + profile.firmwareVersion()
            + ")");
    lines.add("");
    lines.addAll(trace());
    lines.add("");
    lines.add(outcome());
    lines.addAll(effective(result.effective()));
    return lines;
  }

  private List<String> trace() {
    TextTable table =
        new TextTable(60)
            .row("STEP", "REQUEST", "STATUS", "BYTES", "MS", "CACHE", "RESULT", "NOTE");
    for (Step step : result.steps()) {
      boolean request = step.isRequest();
      table.row(
          step.kind().label(),
          request
              ? step.method() + " " + step.url()
              : step.url().isEmpty() ? "-" : "- " + step.url(),
          request && step.status() > 0 ? Integer.toString(step.status()) : "-",
          request ? Long.toString(step.bytes()) : "-",
          request ? Long.toString(step.duration().toMillis()) : "-",
          step.cache().label(),
          step.result().label(),
          step.note());
    }
    return table.lines();
  }

  private String outcome() {
    String reason = BootSummary.reason(result.outcome());
    return "Outcome: "
        + BootSummary.state(result.outcome())
        + (reason.isEmpty() ? "" : " (" + reason + ")")
        + (result.failed() ? ", FAILED" : "")
        + "; "
        + result.requests()
        + " requests in "
        + result.elapsed().toMillis()
        + " ms; running "
        + result.firmwareVersion();
  }

  private static List<String> effective(EffectiveConfig effective) {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(
        "Effective configuration: master "
            + effective.masterFile().orElse("(none)")
            + (effective.configFiles().isEmpty()
                ? ""
                : "; config files " + String.join(", ", effective.configFiles())));
    TextTable table = new TextTable(48);
    for (EffectiveParameter p : BootSummary.keyParameters(effective)) {
      table.row("  " + p.name(), p.value(), p.source() + ":" + p.line());
    }
    lines.addAll(table.lines());
    lines.add(
        "  "
            + effective.parameters().size()
            + " parameters, "
            + effective.notApplied().size()
            + " not applied, "
            + effective.missingFiles().size()
            + " missing files, "
            + effective.problems().size()
            + " problems (ucprov explain shows them all)");
    return lines;
  }
}
