package dev.ucprov.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server with a tenant that needs credentials and small abuse limits: 401 with the
 * challenges, the security lines on stderr as the production logging writes them, then 429.
 */
class ServePhoneAuthIT {

  static final String TOKEN = "serve-phone-auth-token";

  @TempDir Path temp;

  final HttpClient client = HttpClient.newHttpClient();

  HttpResponse<String> send(URI base, String method, String path, String body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void wrongPasswordsAreChallengedLoggedForFail2banThenRefused() throws Exception {
    List<String> args =
        List.of(
            "serve",
            "--data",
            temp.resolve("data").toString(),
            "--http",
            "127.0.0.1:0",
            "--admin",
            "127.0.0.1:0",
            "--abuse-slow-after",
            "1",
            "--abuse-refuse-after",
            "2",
            "--abuse-delay",
            "100ms");
    try (ServerProcess server = ServerProcess.start(Map.of("UCPROV_ADMIN_TOKEN", TOKEN), args)) {
      Matcher ready = server.awaitReady();
      URI admin = ServerProcess.admin(ready);
      URI phones = ServerProcess.phones(ready);
      String bearer = "Bearer " + TOKEN;
      assertThat(
              send(
                      admin,
                      "PUT",
                      "/api/v1/tenants/acme",
                      "{\"name\": \"Acme\", \"credentials\":"
                          + " {\"username\": \"boss\", \"password\": \"pw\"}}",
                      "Authorization",
                      bearer,
                      "Content-Type",
                      "application/json")
                  .statusCode())
          .isEqualTo(201);
      send(admin, "PUT", "/api/v1/tenants/acme/files/site.cfg", "<site/>", "Authorization", bearer);
      assertThat(
              send(admin, "GET", "/api/v1/tenants/acme/lint", null, "Authorization", bearer).body())
          .doesNotContain("tenant-open");

      HttpResponse<String> challenged = send(phones, "GET", "/acme/site.cfg", null);
      assertThat(challenged.statusCode()).isEqualTo(401);
      assertThat(challenged.headers().allValues("WWW-Authenticate")).hasSize(3);
      assertThat(
              send(phones, "GET", "/acme/site.cfg", null, "Authorization", basic("boss", "pw"))
                  .body())
          .isEqualTo("<site/>");

      for (String wrong : List.of("a", "b")) {
        assertThat(
                send(phones, "GET", "/acme/site.cfg", null, "Authorization", basic("boss", wrong))
                    .statusCode())
            .isEqualTo(401);
      }
      HttpResponse<String> refused =
          send(phones, "GET", "/acme/site.cfg", null, "Authorization", basic("boss", "pw"));
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).contains("600");

      assertThat(server.terminate()).isZero();
      List<String> security =
          server.stderr().lines().filter(l -> l.contains(" auth-failed from ")).toList();
      assertThat(security)
          .hasSize(2)
          .allMatch(l ->
              l.matches(
                  "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z auth-failed from"
                      + " 127\\.0\\.0\\.1 tenant=acme user=boss path=acme/site\\.cfg"));
    }
  }
}
