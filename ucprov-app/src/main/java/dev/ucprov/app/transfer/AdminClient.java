package dev.ucprov.app.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.cli.InputException;
import dev.ucprov.app.server.AdminTokenFile;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The admin API as the commands that drive a server use it (import, export, check-sync): JSON and
 * raw bodies, the bearer token on every request, and every failure turned into one line the user
 * can act on (server not running, token refused, the API's own {@code {"error": ...}}).
 * Thread-safe.
 */
public final class AdminClient {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

  private final URI base;
  private final String token;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();

  AdminClient(URI base, String token, HttpClient http) {
    this.base = base;
    this.token = token;
    this.http = http;
  }

  /**
   * A client for the API at {@code base}, with the token from {@code UCPROV_ADMIN_TOKEN}.
   *
   * @throws InputException when the variable is not set
   */
  public static AdminClient connect(URI base, Optional<String> environmentToken) {
    String token =
        environmentToken
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .orElseThrow(() ->
                new InputException(
                    AdminTokenFile.ENVIRONMENT_VARIABLE
                        + " is not set: export the admin token that 'ucprov serve' printed"
                        + " on its first start (it is kept in <data>/admin-token)"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    return new AdminClient(base, token, http);
  }

  public URI base() {
    return base;
  }

  /** The JSON at {@code path}, or empty on 404. */
  public Optional<JsonNode> getJson(String path) {
    HttpResponse<byte[]> response = send(request(path).GET(), path);
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    return Optional.of(parse(checked(response, "GET", path)));
  }

  /** POSTs a JSON document; the answer's JSON when it is a success. */
  public JsonNode postJson(String path, JsonNode body) {
    try {
      BodyPublisher publisher = BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
      HttpRequest.Builder request =
          request(path).header("Content-Type", "application/json").POST(publisher);
      return parse(checked(send(request, path), "POST", path));
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** PUTs a JSON document; the answer's status (200, 201...) when it is a success. */
  int putJson(String path, JsonNode body) {
    try {
      BodyPublisher publisher = BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
      HttpRequest.Builder request =
          request(path).header("Content-Type", "application/json").PUT(publisher);
      HttpResponse<byte[]> response = send(request, path);
      checked(response, "PUT", path);
      return response.statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** PUTs a file's bytes as they are on disk. */
  void putFile(String path, Path file) {
    BodyPublisher publisher;
    try {
      publisher = BodyPublishers.ofFile(file);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    HttpRequest.Builder request =
        request(path).header("Content-Type", "application/octet-stream").PUT(publisher);
    checked(send(request, path), "PUT", path);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(REQUEST_TIMEOUT)
        .header("Authorization", "Bearer " + token);
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request, String path) {
    try {
      return http.send(request.build(), BodyHandlers.ofByteArray());
    } catch (ConnectException e) {
      throw new InputException(
          "cannot reach the admin API at "
              + base
              + " (connection refused): is 'ucprov serve'"
              + " running there? (--admin URL)",
          e);
    } catch (IOException e) {
      throw new InputException(
          "admin API at " + base + " failed on " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted while talking to " + base, e);
    }
  }

  private byte[] checked(HttpResponse<byte[]> response, String method, String path) {
    if (response.statusCode() / 100 != 2) {
      throw failure(response.statusCode(), response.body(), method, path);
    }
    return response.body();
  }

  private InputException failure(int status, byte[] body, String method, String path) {
    String message = errorMessage(body);
    if (status == 401) {
      return new InputException(
          "the admin API at "
              + base
              + " refused the token (401 "
              + message
              + "): check "
              + AdminTokenFile.ENVIRONMENT_VARIABLE);
    }
    return new InputException(method + " " + path + " answered " + status + ": " + message);
  }

  /** The API's {@code {"error": ...}}, else the body's start, else the status alone. */
  private String errorMessage(byte[] body) {
    try {
      JsonNode error = json.readTree(body).path("error");
      if (error.isTextual()) {
        return error.asText();
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: fall through to the raw text
    }
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? "(no message)" : text.substring(0, Math.min(200, text.length()));
  }

  private JsonNode parse(byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new InputException("the admin API at " + base + " answered something not JSON", e);
    }
  }
}
