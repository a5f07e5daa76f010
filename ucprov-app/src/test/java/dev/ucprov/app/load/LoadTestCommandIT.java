package dev.ucprov.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.CliRun;
import dev.ucprov.app.server.RunningServer;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ucprov loadtest} against the real server on loopback, run in-process. */
class LoadTestCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEVICES = 40;
  private static final int BROKEN = 10;

  @TempDir static Path data;
  private static RunningServer server;

  @BeforeAll
  static void start() throws Exception {
    server = RunningServer.start(data);
    put("/api/v1/tenants/acme", "{\"name\": \"Acme\"}");
    put(
        "/api/v1/tenants/acme/files/000000000000.cfg",
        "<APPLICATION APP_FILE_PATH=\"sip.ld\" CONFIG_FILES=\"[PHONE_MAC_ADDRESS]-lines.cfg,"
            + " site.cfg\" LOG_FILE_DIRECTORY=\"logs\"/>");
    put("/api/v1/tenants/acme/files/site.cfg", "<polycomConfig site.a=\"1\"/>");
    put("/api/v1/tenants/acme/files/sip.ver", "5.9.0.9373\n");
    put(
        "/api/v1/tenants/acme/files/%5BPHONE_MAC_ADDRESS%5D-lines.cfg?template=true",
        "<polycomConfig reg.1.address=\"{{ device.mac }}\"/>");
    for (int i = 1; i <= DEVICES; i++) {
      put(String.format("/api/v1/tenants/acme/devices/0004f2%06x", i), "{\"model\": \"VVX_410\"}");
    }
    // A tenant whose master names a file it does not have; its devices are known, since
    // requests for unknown MACs from one address soon meet the abuse guard (429).
    put("/api/v1/tenants/broken", "{\"name\": \"Broken\"}");
    put(
        "/api/v1/tenants/broken/files/000000000000.cfg",
        "<APPLICATION CONFIG_FILES=\"site.cfg, missing.cfg\"/>");
    put("/api/v1/tenants/broken/files/site.cfg", "<polycomConfig site.a=\"1\"/>");
    for (int i = 1; i <= BROKEN; i++) {
      put(String.format("/api/v1/tenants/broken/devices/0004f3%06x", i), "{}");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static void put(String path, String body) throws Exception {
    assertThat(server.asOperator("PUT", path, BodyPublishers.ofString(body)).statusCode())
        .isIn(200, 201);
  }

  private static String url() {
    return server.phoneUri().resolve("/acme/").toString();
  }

  private static String broken() {
    return server.phoneUri().resolve("/broken/").toString();
  }

  @Test
  void everyPhoneBootsAndTheReportIsJson() throws Exception {
    CliRun run =
        CliRun.of(
            "loadtest", "--server", url(), "--phones", "40", "--rate", "200", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.path("phones").asInt()).isEqualTo(40);
    assertThat(report.path("completed").asInt()).isEqualTo(40);
    assertThat(report.path("errors").asInt()).isZero();
    assertThat(report.path("errorsByKind").isEmpty()).isTrue();
    assertThat(report.path("phonesPerSecond").asDouble()).isPositive();
    // Master by MAC and 000000000000, sip.ver, 2 config files, 2 overrides, 2 directories,
    // 2 licences, 2 log uploads: 13 requests a boot.
    assertThat(report.path("byKind").path("config").path("requests").asInt()).isEqualTo(80);
    assertThat(report.path("byKind").path("log-upload").path("requests").asInt()).isEqualTo(80);
    assertThat(report.path("byKind").path("log-upload").path("errors").asInt()).isZero();
    assertThat(report.path("latencyMs").path("max").asDouble())
        .isGreaterThanOrEqualTo(report.path("latencyMs").path("p50").asDouble());
    assertThat(run.err()).as("a progress line a second, and the last").contains("loadtest [");
  }

  /** Issue 7 point 4's workload: one log upload a boot, the application log. */
  @Test
  void oneLogUploadABootSendsTheApplicationLogOnly() throws Exception {
    CliRun run =
        CliRun.of(
            "loadtest",
            "--server",
            url(),
            "--phones",
            "10",
            "--log-uploads",
            "1",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.path("completed").asInt()).isEqualTo(10);
    assertThat(report.path("byKind").path("log-upload").path("requests").asInt()).isEqualTo(10);
    assertThat(report.path("byKind").path("config").path("requests").asInt()).isEqualTo(20);
  }

  @Test
  void errorsPastTheRateMakeTheExitStatusOne() {
    String[] args = {
      "loadtest", "--server", broken(), "--phones", "10", "--mac-prefix", "0004f3", "--no-uploads"
    };

    CliRun strict = CliRun.of(args);
    CliRun tolerant = CliRun.of(concat(args, "--max-error-rate", "100%"));

    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out())
        .startsWith("10 phones: 0 completed, 10 errors in ")
        .contains("errors by kind:\n  config-404  10")
        .doesNotContain("log-upload");
    assertThat(tolerant.exitCode()).as(tolerant.err()).isZero();
  }

  @Test
  void theDurationCutsTheRunAndCountsWhatItCut() throws Exception {
    CliRun run =
        CliRun.of(
            "loadtest",
            "--server",
            url(),
            "--phones",
            "40",
            "--rate",
            "10",
            "--duration",
            "1",
            "--format",
            "json",
            "--max-error-rate",
            "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.path("errorsByKind").path("not-started").asInt()).isBetween(25, 30);
    assertThat(report.path("completed").asInt() + report.path("errors").asInt()).isEqualTo(40);
    assertThat(report.path("elapsedSeconds").asDouble()).isBetween(0.9, 4.0);
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
