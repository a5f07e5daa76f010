package dev.ucprov.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.SipPhones;
import dev.ucprov.app.SipPhones.Received;
import dev.ucprov.app.config.CheckSyncConfig;
import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.core.checksync.JobLimits;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Automatic check-sync in the real server: on, a burst of admin changes makes one automatic job
 * whose NOTIFYs reach the phones ({@link SipPhones}); off (the default), nothing is sent.
 */
class AutoCheckSyncIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MAC = "0004f2000001";

  @TempDir Path temp;

  private final HttpClient client = HttpClient.newHttpClient();
  private SipPhones phones;
  private ProvisioningServer server;

  @BeforeEach
  void phones() throws Exception {
    phones = SipPhones.open();
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    phones.close();
  }

  @Test
  void aBurstOfChangesSendsOneAutomaticCheckSync() throws Exception {
    start(new CheckSyncConfig(new JobLimits(10, 5), true, Duration.ofMillis(700)));
    put("/api/v1/tenants/acme", "{\"name\": \"Acme\"}");
    put("/api/v1/tenants/acme/devices/" + MAC, device("{\"line\": \"201\"}"));
    put("/api/v1/tenants/acme/devices/" + MAC, device("{\"line\": \"202\"}"));
    put("/api/v1/tenants/acme/files/site.cfg", "<site/>");

    JsonNode job = awaitJob();
    Thread.sleep(1500);

    assertThat(job.get("automatic").asBoolean()).isTrue();
    assertThat(job.get("selection").asText()).isEqualTo("automatic: all devices");
    assertThat(job.get("devices").findValuesAsText("state")).containsExactly("ok");
    assertThat(phones.received()).extracting(Received::user).containsExactly(MAC);
    assertThat(jobs()).as("one burst, one job").hasSize(1);
  }

  @Test
  void offByDefaultAChangeSendsNothing() throws Exception {
    start(CheckSyncConfig.defaults());
    put("/api/v1/tenants/acme", "{\"name\": \"Acme\"}");
    put("/api/v1/tenants/acme/devices/" + MAC, device("{\"line\": \"201\"}"));
    put("/api/v1/tenants/acme/files/site.cfg", "<site/>");

    Thread.sleep(CheckSyncConfig.DEFAULT_DELAY.toMillis() / 5);

    assertThat(jobs()).isEmpty();
    assertThat(phones.received()).isEmpty();
  }

  private String device(String variables) {
    return "{\"variables\": "
        + variables
        + ", \"sip\": {\"target\": \""
        + phones.target()
        + "\", \"user\": \""
        + MAC
        + "\"}}";
  }

  private void start(CheckSyncConfig checkSync) {
    HostPort loopback = new HostPort("127.0.0.1", 0);
    ServerConfig config =
        new ServerConfig(
                temp.resolve("data"), loopback, loopback, Optional.empty(), Optional.empty())
            .withCheckSync(checkSync);
    server =
        ProvisioningServer.start(
            config,
            new AdminToken(RunningServer.TOKEN, AdminToken.Origin.ENVIRONMENT),
            Clock.systemUTC());
  }

  private JsonNode awaitJob() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode list = jobs();
      if (!list.isEmpty() && list.get(0).get("state").asText().equals("finished")) {
        return send("GET", "/api/v1/jobs/" + list.get(0).get("id").asText(), null);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no automatic job finished; jobs: " + jobs());
  }

  private JsonNode jobs() throws Exception {
    return send("GET", "/api/v1/jobs", null).get("jobs");
  }

  private void put(String path, String body) throws Exception {
    send("PUT", path, body);
  }

  private JsonNode send(String method, String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(server.adminUri().resolve(path))
            .header("Authorization", "Bearer " + RunningServer.TOKEN)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isIn(200, 201);
    return JSON.readTree(response.body());
  }
}
