package dev.ucprov.http;

import static dev.ucprov.http.AdminApiIT.error;
import static dev.ucprov.http.AdminApiIT.json;
import static dev.ucprov.http.AdminApiIT.names;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.testing.Eventually;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Check-sync of one phone and jobs over the admin API, with phones a test scripts. */
class CheckSyncIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACME = "/api/v1/tenants/acme";

  private World world;

  @BeforeEach
  void acme() throws Exception {
    world = new World();
    world.admin("PUT", ACME, "{\"name\": \"Acme\"}");
    for (int i = 1; i <= 6; i++) {
      world.admin(
          "PUT",
          ACME + "/devices/0004f200000" + i,
          "{\"model\": \""
              + (i <= 4 ? "VVX_410" : "VVX_500")
              + "\","
              + " \"sip\": {\"target\": \"sip:10.0.0."
              + i
              + ":5062\"}}");
    }
    world.admin("PUT", ACME + "/devices/0004f2000009", "{\"model\": \"VVX_410\"}");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void onePhoneAnswersWithItsOutcome() throws IOException {
    HttpResponse<byte[]> response =
        world.admin("POST", ACME + "/devices/00:04:f2:00:00:01/check-sync", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response))
        .isEqualTo(
            JSON.readTree(
                "{\"outcome\": \"ok\", \"status\": 200, \"reason\": \"OK\", \"via\": \"sip\"}"));
    NotifyTarget.SipRoute route = world.notified.getFirst().sip().orElseThrow();
    assertThat(route.host() + ":" + route.port()).isEqualTo("10.0.0.1:5062");
  }

  @Test
  void aRejectionAndAnUnreachablePhoneAreOutcomesToo() throws IOException {
    world.phones =
        target ->
            CompletableFuture.completedFuture(
                new Delivery(Delivery.Outcome.REJECTED, 403, "Forbidden", Delivery.Via.SIP));

    JsonNode rejected = json(world.admin("POST", ACME + "/devices/0004f2000001/check-sync", null));
    JsonNode unreachable =
        json(world.admin("POST", ACME + "/devices/0004f2000009/check-sync", null));

    assertThat(rejected.get("outcome").asText()).isEqualTo("rejected");
    assertThat(rejected.get("status").asInt()).isEqualTo(403);
    assertThat(unreachable.get("outcome").asText()).isEqualTo("error");
    assertThat(unreachable.get("status").asInt()).isZero();
    assertThat(unreachable.get("reason").asText()).contains("never seen", "sip.target");
    assertThat(world.notified).hasSize(1);
  }

  @Test
  void anUnknownPhoneIs404() throws IOException {
    HttpResponse<byte[]> response =
        world.admin("POST", ACME + "/devices/0004f2000077/check-sync", null);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(error(response)).isEqualTo("no device 0004f2000077 in tenant acme");
  }

  @Test
  void aJobRunsAndShowsEachDevicesOutcome() throws IOException {
    world.phones =
        target ->
            CompletableFuture.completedFuture(
                target.mac().value().endsWith("2")
                    ? new Delivery(Delivery.Outcome.TIMEOUT, 0, "no answer", Delivery.Via.SIP)
                    : new Delivery(Delivery.Outcome.OK, 200, "OK", Delivery.Via.SIP));

    HttpResponse<byte[]> started =
        world.admin("POST", ACME + "/check-sync", "{\"model\": \"VVX_410\", \"rate\": 100}");

    assertThat(started.statusCode()).isEqualTo(201);
    JsonNode job = json(started);
    assertThat(names(job))
        .containsExactly(
            "id",
            "tenant",
            "selection",
            "automatic",
            "rate",
            "concurrency",
            "created",
            "finished",
            "state",
            "total",
            "failed",
            "counts");
    assertThat(job.get("total").asInt()).isEqualTo(5);
    assertThat(job.get("selection").asText()).isEqualTo("model VVX_410");
    assertThat(job.get("rate").asDouble()).isEqualTo(100.0);
    assertThat(job.get("concurrency").asInt()).isEqualTo(10);
    assertThat(names(job.get("counts")))
        .containsExactly("pending", "sending", "ok", "rejected", "timeout", "error", "interrupted");

    JsonNode done = finished(job.get("id").asText());
    assertThat(done.get("counts").get("ok").asInt()).isEqualTo(3);
    assertThat(done.get("counts").get("timeout").asInt()).isEqualTo(1);
    assertThat(done.get("counts").get("error").asInt()).isEqualTo(1);
    assertThat(done.get("failed").asInt()).isEqualTo(2);
    assertThat(done.get("finished").isTextual()).isTrue();
    assertThat(done.get("devices").findValuesAsText("mac"))
        .containsExactly(
            "0004f2000001", "0004f2000002", "0004f2000003", "0004f2000004", "0004f2000009");
    JsonNode second = done.get("devices").get(1);
    assertThat(names(second)).containsExactly("mac", "state", "status", "reason", "via", "time");
    assertThat(second.get("state").asText()).isEqualTo("timeout");
    assertThat(second.get("reason").asText()).isEqualTo("no answer");
    assertThat(second.get("via").asText()).isEqualTo("sip");
  }

  @Test
  void jobsAreListedNewestFirst() throws IOException {
    String first =
        json(world.admin("POST", ACME + "/check-sync", "{\"macs\": [\"0004f2000001\"]}"))
            .get("id")
            .asText();
    world.admin("PUT", "/api/v1/tenants/beta", "{\"name\": \"Beta\"}");
    String second =
        json(world.admin("POST", "/api/v1/tenants/beta/check-sync", "{\"all\": true}"))
            .get("id")
            .asText();

    JsonNode all = json(world.admin("GET", "/api/v1/jobs", null));
    JsonNode acme = json(world.admin("GET", "/api/v1/jobs?tenant=acme", null));
    HttpResponse<byte[]> badLimit = world.admin("GET", "/api/v1/jobs?limit=0", null);

    assertThat(all.get("jobs").findValuesAsText("id")).containsExactly(second, first);
    assertThat(all.get("jobs").get(0).has("devices")).isFalse();
    assertThat(acme.get("jobs").findValuesAsText("id")).containsExactly(first);
    assertThat(badLimit.statusCode()).isEqualTo(400);
    assertThat(error(badLimit)).startsWith("limit: ");
  }

  @Test
  void wrongJobsAre400Or404NamingTheProblem() throws IOException {
    assertThat(error(world.admin("POST", ACME + "/check-sync", "{}")))
        .startsWith("body: say which devices");
    assertThat(
            error(world.admin("POST", ACME + "/check-sync", "{\"all\": true, \"model\": \"X\"}")))
        .startsWith("all: ");
    assertThat(error(world.admin("POST", ACME + "/check-sync", "{\"macs\": [\"0004f2000077\"]}")))
        .isEqualTo("macs[0]: no device 0004f2000077 in tenant acme");
    assertThat(
            error(world.admin("POST", ACME + "/check-sync", "{\"all\": true, \"rate\": \"fast\"}")))
        .isEqualTo("field 'rate' must be a number");
    assertThat(
            error(
                world.admin("POST", ACME + "/check-sync", "{\"all\": true, \"concurrency\": 1.5}")))
        .isEqualTo("field 'concurrency' must be a whole number");
    assertThat(error(world.admin("POST", ACME + "/check-sync", "{\"all\": \"yes\"}")))
        .isEqualTo("field 'all' must be true or false");
    assertThat(error(world.admin("POST", ACME + "/check-sync", "{\"everything\": true}")))
        .startsWith("unknown field 'everything'");
    assertThat(
            world
                .admin("POST", "/api/v1/tenants/nobody/check-sync", "{\"all\": true}")
                .statusCode())
        .isEqualTo(404);
    HttpResponse<byte[]> noJob = world.admin("GET", "/api/v1/jobs/not-a-job", null);
    assertThat(noJob.statusCode()).isEqualTo(404);
    assertThat(error(noJob)).isEqualTo("no job \"not-a-job\"");
    assertThat(world.admin("GET", "/api/v1/jobs", null).body()).asString().contains("\"jobs\":[]");
  }

  private JsonNode finished(String id) throws IOException {
    JsonNode[] last = new JsonNode[1];
    Eventually.until(
        () -> {
          try {
            last[0] = json(world.admin("GET", "/api/v1/jobs/" + id, null));
            return last[0].get("state").asText().equals("finished");
          } catch (IOException e) {
            return false;
          }
        },
        Duration.ofSeconds(20));
    assertThat(last[0].get("state").asText()).isEqualTo("finished");
    return last[0];
  }
}
