package dev.ucprov.app.checksync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.CliRun;
import dev.ucprov.app.Main;
import dev.ucprov.app.SipPhones;
import dev.ucprov.app.SipPhones.Received;
import dev.ucprov.app.server.RunningServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ucprov check-sync} against a real server (H2 file, port 0) whose real SIP notifier sends
 * NOTIFYs over UDP to {@link SipPhones}, phones on a loopback socket that a test tells how to
 * answer: so the whole path runs, from the command line to a datagram and back.
 */
class CheckSyncCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> ENV = Map.of("UCPROV_ADMIN_TOKEN", RunningServer.TOKEN);
  private static final List<String> MACS = new ArrayList<>();

  static {
    for (int i = 1; i <= 8; i++) {
      MACS.add(String.format("0004f20000%02x", i));
    }
  }

  @TempDir java.nio.file.Path temp;

  private RunningServer server;
  private SipPhones phones;

  @BeforeEach
  void start() throws Exception {
    server = RunningServer.start(temp.resolve("data"));
    phones = SipPhones.open();
    put("/api/v1/tenants/acme", "{\"name\": \"Acme\"}");
    for (int i = 0; i < MACS.size(); i++) {
      String model = i < 6 ? "VVX_410" : "VVX_500";
      put(
          "/api/v1/tenants/acme/devices/" + MACS.get(i),
          "{\"model\": \""
              + model
              + "\", \"label\": \"floor "
              + (i % 2)
              + "\", \"sip\":"
              + " {\"target\": \""
              + phones.target()
              + "\", \"user\": \""
              + MACS.get(i)
              + "\"}}");
    }
    phones.answer(MACS.get(1), 403);
    phones.answer(MACS.get(4), 403);
  }

  @AfterEach
  void stop() throws Exception {
    phones.close();
    server.close();
  }

  @Test
  void aJobEndsWithCountsAndTheFailedDevicesAndExitsOneWhenSomeFailed() {
    CliRun run = checkSync("--tenant", "acme", "--all", "--rate", "20");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("(all devices, tenant acme): 8 devices, 2 failed")
        .containsPattern("(?m)^ok +6$")
        .containsPattern("(?m)^rejected +2$")
        .containsPattern("(?m)^timeout +0$")
        .containsPattern("(?m)^FAILED DEVICE +OUTCOME +STATUS +REASON$")
        .containsPattern("(?m)^" + MACS.get(1) + " +rejected +403 +Forbidden$")
        .containsPattern("(?m)^" + MACS.get(4) + " +rejected +403 +Forbidden$");
    assertThat(run.err()).as("a plain progress line off a terminal").contains("check-sync [");
    assertThat(run.err()).contains("8/8 (ok 6, failed 2)");
    List<Received> received = phones.received();
    assertThat(received).extracting(Received::user).containsExactlyInAnyOrderElementsOf(MACS);
    assertThat(received).extracting(Received::event).containsOnly("check-sync");
    // 20 a second: starts 50 ms apart, so eight span 350 ms; the notifier's own start-up may
    // bunch two datagrams, and the phones' receive times jitter by a few milliseconds (one CI run
    // saw 298 ms): at least five intervals, far above what no rate limit would give (about 0)
    assertThat(Duration.between(received.getFirst().at(), received.getLast().at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(250));
  }

  @Test
  void aSelectionOfDevicesThatAllAcceptExitsZero() {
    CliRun run = checkSync("--tenant", "acme", "--mac", MACS.get(0), "--mac", "00:04:F2:00:00:03");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 devices by MAC").doesNotContain("FAILED DEVICE");
    assertThat(phones.received())
        .extracting(Received::user)
        .containsExactlyInAnyOrder(MACS.get(0), MACS.get(2));
  }

  @Test
  void filtersSelectByModelAndLabel() throws Exception {
    CliRun model = checkSync("--tenant", "acme", "--model", "VVX500", "--format", "json");
    CliRun label = checkSync("--tenant", "acme", "--label", "FLOOR 1", "--format", "json");

    JsonNode byModel = JSON.readTree(model.out());
    assertThat(byModel.get("devices").findValuesAsText("mac"))
        .containsExactly(MACS.get(6), MACS.get(7));
    assertThat(byModel.get("state").asText()).isEqualTo("finished");
    assertThat(model.exitCode()).isZero();
    JsonNode byLabel = JSON.readTree(label.out());
    assertThat(byLabel.get("devices").findValuesAsText("mac"))
        .containsExactly(MACS.get(1), MACS.get(3), MACS.get(5), MACS.get(7));
    assertThat(label.exitCode()).as("two of them answer 403").isEqualTo(1);
  }

  @Test
  void notSeenSinceSelectsPhonesNeverSeen() {
    CliRun run = checkSync("--tenant", "acme", "--not-seen-since", "2026-01-01T00:00:00Z");

    assertThat(run.out()).contains("8 devices");
  }

  @Test
  void onePhoneOverTheApiAnswersWithItsOutcome() throws Exception {
    HttpResponse<String> ok =
        server.asOperator(
            "POST",
            "/api/v1/tenants/acme/devices/" + MACS.get(0) + "/check-sync",
            BodyPublishers.noBody());
    HttpResponse<String> rejected =
        server.asOperator(
            "POST",
            "/api/v1/tenants/acme/devices/" + MACS.get(1) + "/check-sync",
            BodyPublishers.noBody());

    assertThat(JSON.readTree(ok.body()))
        .isEqualTo(
            JSON.readTree("{\"outcome\":\"ok\",\"status\":200,\"reason\":\"OK\",\"via\":\"sip\"}"));
    assertThat(JSON.readTree(rejected.body()).get("status").asInt()).isEqualTo(403);
  }

  @Test
  void usageErrorsExitTwo() {
    CliRun none = checkSync("--tenant", "acme");
    CliRun two = checkSync("--tenant", "acme", "--all", "--model", "VVX_410");
    CliRun rate = checkSync("--tenant", "acme", "--all", "--rate", "0");
    CliRun unknown = checkSync("--tenant", "acme", "--mac", "0004f2009999");
    CliRun noToken = run(Map.of(), "check-sync", "--tenant", "acme", "--all");

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--mac", "--all");
    assertThat(two.exitCode()).isEqualTo(2);
    assertThat(two.err()).contains("mutually exclusive");
    assertThat(rate.exitCode()).isEqualTo(2);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("macs[0]: no device 0004f2009999 in tenant acme");
    assertThat(noToken.exitCode()).isEqualTo(2);
    assertThat(noToken.err()).contains("UCPROV_ADMIN_TOKEN is not set");
    assertThat(phones.received()).isEmpty();
  }

  private CliRun checkSync(String... args) {
    List<String> all = new ArrayList<>(List.of("check-sync"));
    all.addAll(List.of(args));
    all.addAll(List.of("--admin", server.adminUri().toString()));
    return run(ENV, all.toArray(String[]::new));
  }

  private static CliRun run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), env, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  private void put(String path, String json) throws Exception {
    HttpResponse<String> response = server.asOperator("PUT", path, BodyPublishers.ofString(json));
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
  }
}
