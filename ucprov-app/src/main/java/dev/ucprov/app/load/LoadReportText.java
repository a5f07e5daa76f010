package dev.ucprov.app.load;

import dev.ucprov.app.cli.TextTable;
import dev.ucprov.sim.load.LoadReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report for people: the totals, then a table by file kind, then the errors by kind. */
final class LoadReportText {

  private LoadReportText() {}

  static List<String> lines(LoadReport report) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%d phones: %d completed, %d errors in %.1f s",
            report.phones(),
            report.completed(),
            report.errors(),
            report.elapsed().toNanos() / 1e9));
    lines.add(
        String.format(
            Locale.ROOT,
            "%.1f phones/s, %.1f requests/s (%d requests)",
            report.phonesPerSecond(),
            report.requestsPerSecond(),
            report.requests()));
    TextTable table = new TextTable(24);
    table.row("", "requests", "errors", "p50 ms", "p99 ms", "max ms");
    row(table, "all requests", report.latency(), -1);
    row(table, "whole boots", report.boot(), -1);
    for (Map.Entry<String, LoadReport.KindResult> kind : report.byKind().entrySet()) {
      row(table, kind.getKey(), kind.getValue().latency(), kind.getValue().errors());
    }
    lines.addAll(table.lines());
    if (!report.errorsByKind().isEmpty()) {
      lines.add("errors by kind:");
      TextTable errors = new TextTable(40);
      report.errorsByKind().forEach((kind, count) -> errors.row("  " + kind, count.toString()));
      lines.addAll(errors.lines());
    }
    return lines;
  }

  private static void row(TextTable table, String name, LoadReport.Latency latency, long errors) {
    table.row(
        name,
        String.valueOf(latency.count()),
        errors < 0 ? "" : String.valueOf(errors),
        ms(latency.p50Ms()),
        ms(latency.p99Ms()),
        ms(latency.maxMs()));
  }

  private static String ms(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
