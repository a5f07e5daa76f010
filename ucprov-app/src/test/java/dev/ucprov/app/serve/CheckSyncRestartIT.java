package dev.ucprov.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.SipPhones;
import dev.ucprov.app.SipPhones.Received;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check-sync job outlives its server process: stopped with SIGTERM mid-job, the next {@code
 * ucprov serve} on the same data resumes it. Devices in flight at the stop end {@code interrupted}
 * (not sent again); pending ones are sent by the new process; every device's state is known at the
 * end. The phones are {@link SipPhones} answering over UDP after 4 s, longer than the 2 s a stop
 * waits, so some are in flight when the first process stops.
 */
class CheckSyncRestartIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "restart-test-token-0123456789";
  private static final int DEVICES = 16;

  @TempDir Path temp;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aJobStoppedMidwayResumesOnTheNextStartAndEveryDeviceEndsKnown() throws Exception {
    Path data = temp.resolve("data");
    try (SipPhones phones = SipPhones.open()) {
      phones.delay(Duration.ofSeconds(4));
      String id;
      try (ServerProcess first = serve(data)) {
        URI admin = ServerProcess.admin(first.awaitReady());
        devices(admin, phones);
        JsonNode started =
            send(admin, "POST", "/api/v1/tenants/acme/check-sync", "{\"all\": true, \"rate\": 2}");
        id = started.get("id").asText();
        until(() -> phones.received().size() >= 6, Duration.ofSeconds(30));

        assertThat(first.terminate()).as(first.stderr()).isZero();
      }
      int sentByFirst = phones.received().size();

      try (ServerProcess second = serve(data)) {
        URI admin = ServerProcess.admin(second.awaitReady());
        JsonNode job = finished(admin, id);

        assertThat(job.get("total").asInt()).isEqualTo(DEVICES);
        JsonNode counts = job.get("counts");
        assertThat(counts.get("pending").asInt() + counts.get("sending").asInt()).isZero();
        assertThat(counts.get("interrupted").asInt()).as(job.toString()).isPositive();
        assertThat(counts.get("ok").asInt() + counts.get("interrupted").asInt()).isEqualTo(DEVICES);
        for (JsonNode device : job.get("devices")) {
          if (device.get("state").asText().equals("interrupted")) {
            assertThat(device.get("reason").asText()).contains("unknown");
          }
        }
        assertThat(phones.received().size())
            .as("the second process sent the rest")
            .isGreaterThan(sentByFirst);
        assertThat(second.terminate()).isZero();
      }
      Set<String> users = new HashSet<>();
      for (Received received : phones.received()) {
        assertThat(users.add(received.user())).as("sent twice: " + received.user()).isTrue();
      }
      assertThat(users).hasSize(DEVICES);
    }
  }

  private static ServerProcess serve(Path data) throws IOException {
    return ServerProcess.start(
        Map.of("UCPROV_ADMIN_TOKEN", TOKEN),
        List.of(
            "serve", "--data", data.toString(), "--http", "127.0.0.1:0", "--admin", "127.0.0.1:0"));
  }

  private void devices(URI admin, SipPhones phones) throws Exception {
    send(admin, "PUT", "/api/v1/tenants/acme", "{\"name\": \"Acme\"}");
    for (int i = 1; i <= DEVICES; i++) {
      String mac = String.format("0004f20000%02x", i);
      send(
          admin,
          "PUT",
          "/api/v1/tenants/acme/devices/" + mac,
          "{\"sip\": {\"target\": \"" + phones.target() + "\", \"user\": \"" + mac + "\"}}");
    }
  }

  private JsonNode finished(URI admin, String id) throws Exception {
    List<JsonNode> last = new ArrayList<>(List.of(JSON.createObjectNode()));
    until(
        () -> {
          last.set(0, send(admin, "GET", "/api/v1/jobs/" + id, null));
          return last.get(0).path("state").asText().equals("finished");
        },
        Duration.ofSeconds(60));
    assertThat(last.get(0).path("state").asText()).as(last.get(0).toString()).isEqualTo("finished");
    return last.get(0);
  }

  private JsonNode send(URI admin, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(admin.resolve(path))
            .header("Authorization", "Bearer " + TOKEN)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isIn(200, 201);
    return JSON.readTree(response.body());
  }

  @FunctionalInterface
  private interface Check {
    boolean holds() throws Exception;
  }

  private static void until(Check check, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!check.holds() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }
}
