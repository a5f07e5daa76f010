package dev.ucprov.sim.phone;

import dev.ucprov.core.effective.EffectiveConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The log files a phone uploads, in the line format of polycom-facts.md §4: {@code
 * time|module|level|missed|message}, time as {@code MMddHHmmss}. The boot log tells the trace; the
 * application log what the application started with.
 */
final class BootLog {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("MMddHHmmss").withZone(ZoneOffset.UTC);

  private BootLog() {}

  static byte[] boot(List<Step> steps, Clock clock) {
    StringBuilder out = new StringBuilder();
    String time = TIME.format(clock.instant());
    for (Step step : steps) {
      line(
          out,
          time,
          "prov ",
          step.kind().label()
              + " "
              + step.method()
              + " "
              + step.url()
              + " "
              + step.status()
              + " "
              + step.result().label()
              + (step.note().isEmpty() ? "" : " " + step.note()));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] application(String version, EffectiveConfig effective, Clock clock) {
    StringBuilder out = new StringBuilder();
    String time = TIME.format(clock.instant());
    line(out, time, "app1 ", "UC Software " + version + " started (ucprov simulator)");
    line(
        out,
        time,
        "cfg  ",
        effective.parameters().size()
            + " parameters applied from "
            + effective.masterFile().orElse("no master"));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, String time, String module, String message) {
    String clean = message.replace('|', '/').replace('\n', ' ').replace('\r', ' ');
    out.append(time).append('|').append(module).append("|4|00|").append(clean).append('\n');
  }
}
