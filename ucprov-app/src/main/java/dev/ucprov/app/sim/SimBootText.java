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
    TextTable table =
        new TextTable(60)
            .row("STEP", "REQUEST", "STATUS", "BYTES", "MS", "CACHE", "RESULT", "NOTE");
    for (Step step : result.steps()) {
      table.row(
          step.kind().label(),
          step.isRequest()
              ? step.method() + " " + step.url()
              : step.url().isEmpty() ? "-" : "- " + step.url(),
          step.isRequest() && step.status() > 0 ? Integer.toString(step.status()) : "-",
          step.isRequest() ? Long.toString(step.bytes()) : "-",
          step.isRequest() ? Long.toString(step.duration().toMillis()) : "-",
          step.cache().label(),
          step.result().label(),
          step.note());
    }
    lines.addAll(table.lines());
    lines.add("");
    String reason = BootSummary.reason(result.outcome());
    lines.add(
        "Outcome: "
            + BootSummary.state(result.outcome())
            + (reason.isEmpty() ? "" : " (" + reason + ")")
            + (result.failed() ? ", FAILED" : "")
            + "; "
            + result.requests()
            + " requests in "
            + result.elapsed().toMillis()
            + " ms; running "
            + result.firmwareVersion());
    lines.addAll(effective(result.effective()));
    return lines;
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
