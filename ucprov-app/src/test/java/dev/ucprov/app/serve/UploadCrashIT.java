package dev.ucprov.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL while a phone uploads never leaves a partial version and loses no
 * upload it acknowledged: after a restart on the same data directory, every version listed has
 * exactly the size and SHA-256 it claims and is a body that was sent whole, and every body answered
 * 201 or 204 (of those the retention keeps) is among them.
 */
class UploadCrashIT {

  private static final String TOKEN = "crash-test-token";
  private static final String CALLS = "/acme/0004f2aabbcc-calls.xml";
  private static final String VERSIONS =
      "/api/v1/tenants/acme/devices/0004f2aabbcc/uploads/0004f2aabbcc-calls.xml/versions";
  private static final int MAX_UPLOADS = 5_000;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 30;
  private static final int VERSIONS_KEPT = 50;

  @TempDir Path temp;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  private static List<String> serve(Path data) {
    return List.of(
        "serve", "--data", data.toString(), "--http", "127.0.0.1:0", "--admin", "127.0.0.1:0");
  }

  private HttpResponse<byte[]> send(URI base, String method, String path, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + TOKEN)
            .timeout(Duration.ofSeconds(30))
            .method(
                method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void killedMidUploadTheServerRestartsWithOnlyWholeVersions() throws Exception {
    Path data = temp.resolve("data");
    Map<String, Integer> sent = new ConcurrentHashMap<>();
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    try (ServerProcess first =
        ServerProcess.start(Map.of("UCPROV_ADMIN_TOKEN", TOKEN), serve(data))) {
      Matcher ready = first.awaitReady();
      URI admin = ServerProcess.admin(ready);
      URI phones = ServerProcess.phones(ready);
      byte[] device = "{}".getBytes(StandardCharsets.UTF_8);
      assertThat(
              send(
                      admin,
                      "PUT",
                      "/api/v1/tenants/acme",
                      "{\"name\": \"Acme\"}".getBytes(StandardCharsets.UTF_8))
                  .statusCode())
          .isEqualTo(201);
      assertThat(
              send(admin, "PUT", "/api/v1/tenants/acme/devices/0004f2aabbcc", device).statusCode())
          .isEqualTo(201);

      AtomicBoolean stop = new AtomicBoolean();
      Thread phone =
          Thread.ofPlatform()
              .name("uploading phone")
              .start(() -> uploadUntilStopped(phones, sent, acknowledged, stop));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      first.kill();
      stop.set(true);
      phone.join(Duration.ofSeconds(60).toMillis());
      assertThat(phone.isAlive()).isFalse();
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

    try (ServerProcess second =
        ServerProcess.start(Map.of("UCPROV_ADMIN_TOKEN", TOKEN), serve(data))) {
      Matcher ready = second.awaitReady();
      URI admin = ServerProcess.admin(ready);
      HttpResponse<byte[]> listed = send(admin, "GET", VERSIONS, null);
      assertThat(listed.statusCode()).isEqualTo(200);
      JsonNode versions = json.readTree(listed.body());
      assertThat(versions.size()).isBetween(1, VERSIONS_KEPT);
      List<String> stored = new ArrayList<>();
      for (JsonNode version : versions) {
        stored.add(version.get("sha256").asText());
        int number = version.get("version").asInt();
        byte[] content = send(admin, "GET", VERSIONS + "/" + number, null).body();
        assertThat(content.length)
            .as("size of version %d", number)
            .isEqualTo(version.get("size").asLong());
        assertThat(sha256(content))
            .as("SHA-256 of version %d", number)
            .isEqualTo(version.get("sha256").asText());
        assertThat(sent)
            .as("version %d is a body that was sent whole", number)
            .containsEntry(sha256(content), content.length);
      }
      List<String> kept =
          acknowledged.subList(
              Math.max(0, acknowledged.size() - VERSIONS_KEPT), acknowledged.size());
      assertThat(stored).as("acknowledged uploads survive the kill").containsAll(kept);
      byte[] after = "after the restart".getBytes(StandardCharsets.UTF_8);
      assertThat(send(ServerProcess.phones(ready), "PUT", CALLS, after).statusCode())
          .isEqualTo(204);
    }
  }

  /** PUTs bodies of 1 KiB to 900 KiB, each different, until stopped or the server is gone. */
  private void uploadUntilStopped(
      URI phones, Map<String, Integer> sent, List<String> acknowledged, AtomicBoolean stop) {
    Random random = new Random(7);
    for (int i = 0; i < MAX_UPLOADS && !stop.get(); i++) {
      byte[] body = new byte[1024 + random.nextInt(900 * 1024)];
      random.nextBytes(body);
      sent.put(sha256(body), body.length);
      try {
        int status = send(phones, "PUT", CALLS, body).statusCode();
        if (status == 201 || status == 204) {
          acknowledged.add(sha256(body));
        }
      } catch (IOException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
