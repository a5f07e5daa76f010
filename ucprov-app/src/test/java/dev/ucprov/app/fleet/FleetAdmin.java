package dev.ucprov.app.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.server.RunningServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** The operator's side of the end-to-end test: the admin API with the token, JSON answers. */
final class FleetAdmin implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI admin;
  private final HttpClient client = HttpClient.newHttpClient();

  FleetAdmin(URI admin) {
    this.admin = admin;
  }

  JsonNode put(String path, String body) {
    return send("PUT", path, body, "application/json");
  }

  JsonNode putFile(String path, String body) {
    return send("PUT", path, body, "application/xml");
  }

  JsonNode post(String path, String body) {
    return send("POST", path, body, "application/json");
  }

  JsonNode get(String path) {
    return send("GET", path, null, "application/json");
  }

  /** A device's uploads by file name: each with its kind and newest kept version. */
  java.util.Map<String, JsonNode> uploads(String devicePath) {
    java.util.Map<String, JsonNode> byName = new java.util.TreeMap<>();
    get(devicePath + "/uploads")
        .path("uploads")
        .forEach(u -> byName.put(u.path("name").asText(), u));
    return byName;
  }

  /**
   * GETs {@code path} until {@code done} holds, at most {@code limit}; the last answer either way.
   */
  JsonNode await(String path, Predicate<JsonNode> done, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    JsonNode answer = get(path);
    while (!done.test(answer) && System.nanoTime() < deadline) {
      pause();
      answer = get(path);
    }
    return answer;
  }

  private JsonNode send(String method, String path, String body, String type) {
    HttpRequest request =
        HttpRequest.newBuilder(admin.resolve(path))
            .header("Authorization", "Bearer " + RunningServer.TOKEN)
            .header("Content-Type", type)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as(method + " " + path + ": " + response.body())
          .isIn(200, 201);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
