package dev.ucprov.app.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.app.cli.JsonOutput;
import dev.ucprov.sim.load.LoadReport;
import java.util.Map;

/**
 * The report as issue 7 point 3 gives it: {@code phones}, {@code completed}, {@code errors}, {@code
 * errorsByKind}, {@code phonesPerSecond}, {@code requestsPerSecond}, {@code latencyMs} and {@code
 * byKind}, in that order; then {@code elapsedSeconds} and {@code bootMs}, which a boot-storm report
 * needs (total time, whole-boot latency). Milliseconds and rates are rounded to 3 decimals.
 */
final class LoadReportJson {

  private LoadReportJson() {}

  static ObjectNode of(LoadReport report) {
    ObjectNode json = JsonOutput.object();
    json.put("phones", report.phones());
    json.put("completed", report.completed());
    json.put("errors", report.errors());
    ObjectNode errors = json.putObject("errorsByKind");
    report.errorsByKind().forEach(errors::put);
    json.put("phonesPerSecond", round(report.phonesPerSecond()));
    json.put("requestsPerSecond", round(report.requestsPerSecond()));
    latency(json.putObject("latencyMs"), report.latency());
    ObjectNode byKind = json.putObject("byKind");
    for (Map.Entry<String, LoadReport.KindResult> kind : report.byKind().entrySet()) {
      ObjectNode entry = byKind.putObject(kind.getKey());
      entry.put("requests", kind.getValue().latency().count());
      entry.put("errors", kind.getValue().errors());
      latency(entry, kind.getValue().latency());
    }
    json.put("elapsedSeconds", round(report.elapsed().toNanos() / 1e9));
    latency(json.putObject("bootMs"), report.boot());
    return json;
  }

  private static void latency(ObjectNode into, LoadReport.Latency latency) {
    into.put("p50", round(latency.p50Ms()));
    into.put("p99", round(latency.p99Ms()));
    into.put("max", round(latency.maxMs()));
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
