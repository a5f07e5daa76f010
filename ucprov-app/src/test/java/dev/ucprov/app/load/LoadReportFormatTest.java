package dev.ucprov.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ucprov.app.cli.JsonOutput;
import dev.ucprov.sim.load.LoadReport;
import dev.ucprov.sim.load.LoadReport.KindResult;
import dev.ucprov.sim.load.LoadReport.Latency;
import dev.ucprov.sim.load.LoadSnapshot;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LoadReportFormatTest {

  private static LoadReport report() {
    Map<String, KindResult> byKind = new LinkedHashMap<>();
    byKind.put("master", new KindResult(new Latency(200, 1.23456, 9.5, 12.0), 0));
    byKind.put("config", new KindResult(new Latency(300, 2.0, 20.0, 31.25), 3));
    return new LoadReport(
        100,
        97,
        3,
        new TreeMap<>(Map.of("timeout", 1L, "config-404", 2L)),
        Duration.ofSeconds(4),
        500,
        new Latency(500, 1.5, 19.0, 31.25),
        byKind,
        new Latency(100, 40.0, 90.0, 95.5));
  }

  @Test
  void theJsonHasTheIssuesKeysInItsOrderThenTimeAndBoots() {
    JsonNode json = LoadReportJson.of(report());

    assertThat(names(json))
        .containsExactly(
            "phones",
            "completed",
            "errors",
            "errorsByKind",
            "phonesPerSecond",
            "requestsPerSecond",
            "latencyMs",
            "byKind",
            "elapsedSeconds",
            "bootMs");
    assertThat(json.path("phonesPerSecond").asDouble()).isEqualTo(24.25);
    assertThat(json.path("requestsPerSecond").asDouble()).isEqualTo(125.0);
    assertThat(json.path("errorsByKind").toString()).isEqualTo("{\"config-404\":2,\"timeout\":1}");
    assertThat(json.path("latencyMs").toString())
        .isEqualTo("{\"p50\":1.5,\"p99\":19.0,\"max\":31.25}");
    assertThat(names(json.path("byKind"))).containsExactly("master", "config");
    assertThat(json.path("byKind").path("master").toString())
        .isEqualTo("{\"requests\":200,\"errors\":0,\"p50\":1.235,\"p99\":9.5,\"max\":12.0}");
    assertThat(json.path("elapsedSeconds").asDouble()).isEqualTo(4.0);
    assertThat(new JsonOutput().render(json)).startsWith("{\n  \"phones\": 100,\n");
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void theTextHasTheTotalsATableByKindAndTheErrors() {
    List<String> lines = LoadReportText.lines(report());

    assertThat(lines.get(0)).isEqualTo("100 phones: 97 completed, 3 errors in 4.0 s");
    assertThat(lines.get(1)).isEqualTo("24.3 phones/s, 125.0 requests/s (500 requests)");
    assertThat(lines.get(2)).startsWith("              requests  errors  p50 ms");
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).matches("config +300 +3 +2\\.00 +20\\.00 +31\\.25"));
    assertThat(lines).anySatisfy(l -> assertThat(l).matches("whole boots +100 +40\\.00 .*"));
    assertThat(lines.subList(lines.size() - 3, lines.size()))
        .containsExactly("errors by kind:", "  config-404  2", "  timeout     1");
  }

  @Test
  void progressIsABarWithCountsAndRates() {
    LoadSnapshot snapshot = new LoadSnapshot(1000, 600, 450, 50, 7000, Duration.ofSeconds(5));

    assertThat(LoadProgress.line(snapshot))
        .isEqualTo(
            "loadtest [###############---------------] 500/1000 phones, 50 errors, 100 booting,"
                + " 5.0 s, 90.0 phones/s, 1400 requests/s");
  }

  @Test
  void progressOnATerminalRedrawsOneLineAndEndsIt() {
    java.io.StringWriter out = new java.io.StringWriter();
    LoadProgress terminal = new LoadProgress(new java.io.PrintWriter(out), true);
    LoadSnapshot snapshot = new LoadSnapshot(10, 10, 10, 0, 140, Duration.ofSeconds(1));

    terminal.accept(snapshot);
    terminal.accept(snapshot);
    terminal.finish();

    assertThat(out.toString()).startsWith("\rloadtest [").endsWith("\u001b[K\n");
    assertThat(out.toString().chars().filter(c -> c == '\n')).hasSize(1);
    assertThat(terminal.every()).isEqualTo(Duration.ofMillis(250));
    assertThat(new LoadProgress(new java.io.PrintWriter(out), false).every())
        .isEqualTo(Duration.ofSeconds(1));
  }
}
