package dev.ucprov.http;

import static dev.ucprov.http.AdminApiIT.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.checksync.Delivery;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A phone whose outcome takes longer than Jetty's default 30 s idle timeout (a UDP NOTIFY nobody
 * answers ends at timer F, 32 s): the request waits for it and answers. Slow on purpose, 33 s.
 */
class CheckSyncSlowPhoneIT {

  private World world;

  @BeforeEach
  void acme() throws Exception {
    world = new World();
    world.admin("PUT", "/api/v1/tenants/acme", "{\"name\": \"Acme\"}");
    world.admin(
        "PUT",
        "/api/v1/tenants/acme/devices/0004f2000001",
        "{\"sip\": {\"target\": \"sip:192.0.2.1\"}}");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void anOutcomeAfterTimerFStillReachesTheOperator() throws IOException {
    world.phones =
        target ->
            CompletableFuture.supplyAsync(
                () -> new Delivery(Delivery.Outcome.TIMEOUT, 0, "timer F", Delivery.Via.SIP),
                CompletableFuture.delayedExecutor(33, TimeUnit.SECONDS));
    long start = System.nanoTime();

    HttpResponse<byte[]> response =
        world.admin("POST", "/api/v1/tenants/acme/devices/0004f2000001/check-sync", null);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(32));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("outcome").asText()).isEqualTo("timeout");
  }
}
