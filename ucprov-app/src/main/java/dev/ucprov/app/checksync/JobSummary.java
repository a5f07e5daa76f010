package dev.ucprov.app.checksync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ucprov.app.cli.TextTable;
import java.util.ArrayList;
import java.util.List;

/** A finished job for people: counts by outcome, then every device that did not accept it. */
final class JobSummary {

  private static final List<String> OUTCOMES =
      List.of("ok", "rejected", "timeout", "error", "interrupted");

  private JobSummary() {}

  static List<String> lines(JsonNode job) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "job "
            + job.path("id").asText()
            + " ("
            + job.path("selection").asText()
            + ", tenant "
            + job.path("tenant").asText()
            + "): "
            + job.path("total").asInt()
            + " devices, "
            + job.path("failed").asInt()
            + " failed");
    TextTable counts = new TextTable(20).row("OUTCOME", "DEVICES");
    OUTCOMES.forEach(o -> counts.row(o, String.valueOf(job.path("counts").path(o).asInt())));
    lines.add("");
    lines.addAll(counts.lines());
    TextTable failed = new TextTable(40).row("FAILED DEVICE", "OUTCOME", "STATUS", "REASON");
    int rows = 0;
    for (JsonNode device : job.path("devices")) {
      String state = device.path("state").asText();
      if (!state.equals("ok")) {
        failed.row(
            device.path("mac").asText(),
            state,
            String.valueOf(device.path("status").asInt()),
            device.path("reason").asText(""));
        rows++;
      }
    }
    if (rows > 0) {
      lines.add("");
      lines.addAll(failed.lines());
    }
    return lines;
  }
}
