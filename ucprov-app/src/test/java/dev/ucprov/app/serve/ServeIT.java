package dev.ucprov.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.config.ConfigFile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ucprov serve} as operators run it: a real process, real sockets, signals. */
class ServeIT {

  private static final String AGENT =
      "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application";
  private static final List<String> FREE_PORTS =
      List.of("--http", "127.0.0.1:0", "--admin", "127.0.0.1:0");

  @TempDir Path temp;

  private final HttpClient client = HttpClient.newHttpClient();

  private static List<String> serve(Path data, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("serve", "--data", data.toString()));
    args.addAll(FREE_PORTS);
    args.addAll(List.of(more));
    return args;
  }

  private HttpResponse<String> admin(
      URI admin, String token, String method, String path, BodyPublisher body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(admin.resolve(path))
            .header("Authorization", "Bearer " + token)
            .method(method, body)
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> phone(URI phones, String path)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(phones.resolve(path)).header("User-Agent", AGENT).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String generatedToken(List<String> stdout) {
    String prefix = "admin token (shown once; kept in ";
    return stdout.stream()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(l.lastIndexOf(": ") + 2))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no generated token in " + stdout));
  }

  @Test
  void firstStartGeneratesTheTokenServesStopsOnSigtermAndALaterStartKeepsEverything()
      throws Exception {
    Path data = temp.resolve("data");
    String token;
    try (ServerProcess first = ServerProcess.start(Map.of(), serve(data))) {
      Matcher ready = first.awaitReady();
      long readyMillis = first.elapsedMillis();
      URI admin = ServerProcess.admin(ready);
      URI phones = ServerProcess.phones(ready);
      assertThat(admin(admin, "", "GET", "/health", BodyPublishers.noBody()).statusCode())
          .isEqualTo(200);
      System.out.printf(
          "serve start-up: ready line after %d ms (it says %s s since the JVM started), first"
              + " HTTP answer after %d ms%n",
          readyMillis, ready.group(1), first.elapsedMillis());
      assertThat(ready.group(6)).isEqualTo(data.toString());
      assertThat(ServerProcess.phones(ready).getPort()).isPositive();

      token = generatedToken(first.stdout());
      Path file = data.resolve("admin-token");
      assertThat(Files.readString(file).strip()).isEqualTo(token);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");

      assertThat(
              admin(
                      admin,
                      token,
                      "PUT",
                      "/api/v1/tenants/acme",
                      BodyPublishers.ofString("{\"name\":\"Acme\"}"))
                  .statusCode())
          .isEqualTo(201);
      assertThat(
              admin(
                      admin,
                      token,
                      "PUT",
                      "/api/v1/tenants/acme/files/site.cfg",
                      BodyPublishers.ofString("<polycomConfig x.y=\"1\"/>"))
                  .statusCode())
          .isEqualTo(201);
      assertThat(
              admin(
                      admin,
                      token,
                      "PUT",
                      "/api/v1/tenants/acme/devices/0004f2aabbcc",
                      BodyPublishers.ofString("{}"))
                  .statusCode())
          .isEqualTo(201);
      assertThat(phone(phones, "/acme/0004f2aabbcc.cfg").statusCode()).isEqualTo(404);

      assertThat(first.terminate()).isZero();
      assertThat(first.stderr()).contains("stopped");
    }

    try (ServerProcess second = ServerProcess.start(Map.of(), serve(data))) {
      Matcher ready = second.awaitReady();
      URI admin = ServerProcess.admin(ready);

      assertThat(second.stdout()).contains("admin token: in " + data.resolve("admin-token"));
      assertThat(String.join("\n", second.stdout())).doesNotContain(token);
      assertThat(phone(ServerProcess.phones(ready), "/acme/site.cfg").body())
          .isEqualTo("<polycomConfig x.y=\"1\"/>");
      // The request made just before SIGTERM was written by the inventory recorder on the way out.
      JsonNode device =
          new ObjectMapper()
              .readTree(
                  admin(
                          admin,
                          token,
                          "GET",
                          "/api/v1/tenants/acme/devices/0004f2aabbcc",
                          BodyPublishers.noBody())
                      .body());
      assertThat(device.toString()).contains("0004f2aabbcc.cfg");
      assertThat(second.terminate()).isZero();
    }
  }

  @Test
  void theEnvironmentTokenWinsOverAStoredOne() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Files.writeString(data.resolve("admin-token"), "stored-token\n");

    try (ServerProcess server =
        ServerProcess.start(Map.of("UCPROV_ADMIN_TOKEN", "from-the-environment"), serve(data))) {
      URI admin = ServerProcess.admin(server.awaitReady());

      assertThat(server.stdout()).contains("admin token: from UCPROV_ADMIN_TOKEN");
      assertThat(
              admin(
                      admin,
                      "from-the-environment",
                      "GET",
                      "/api/v1/tenants",
                      BodyPublishers.noBody())
                  .statusCode())
          .isEqualTo(200);
      assertThat(
              admin(admin, "stored-token", "GET", "/api/v1/tenants", BodyPublishers.noBody())
                  .statusCode())
          .isEqualTo(401);
      assertThat(server.terminate()).isZero();
    }
  }

  @Test
  void theConfigFileIsReadAndOptionsOverrideIt() throws Exception {
    Path config = temp.resolve("conf/ucprov.yaml");
    Files.createDirectories(config.getParent());
    // Port 1 cannot be bound without privileges: the option must win over it.
    Files.writeString(config, "data: from-yaml\nhttp: 127.0.0.1:1\nadmin: 127.0.0.1:0\n");

    try (ServerProcess server =
        ServerProcess.start(
            Map.of(), List.of("serve", "--config", config.toString(), "--http", "127.0.0.1:0"))) {
      Matcher ready = server.awaitReady();

      assertThat(ready.group(6)).isEqualTo(temp.resolve("conf/from-yaml").toString());
      assertThat(temp.resolve("conf/from-yaml/admin-token")).exists();
      assertThat(server.terminate()).isZero();
    }
  }

  @Test
  void anUnknownKeyInTheConfigFileExitsTwoWithOneLine() throws Exception {
    Path config = Files.writeString(temp.resolve("ucprov.yaml"), "data: d\nhtp: 127.0.0.1:0\n");

    try (ServerProcess server =
        ServerProcess.start(Map.of(), List.of("serve", "--config", config.toString()))) {
      assertThat(server.awaitExit()).isEqualTo(2);
      assertThat(server.stdout()).isEmpty();
      assertThat(server.stderr())
          .isEqualTo(
              "ucprov serve: "
                  + config
                  + ":2: unknown key 'htp' (keys: "
                  + String.join(", ", ConfigFile.KEYS)
                  + ")\n");
    }
    assertThat(temp.resolve("d")).doesNotExist();
  }

  @Test
  void aSecondServerOnTheSameDataDirectoryIsRefusedInOneLine() throws Exception {
    Path data = temp.resolve("data");
    Map<String, String> env = new HashMap<>(Map.of("UCPROV_ADMIN_TOKEN", "t"));
    try (ServerProcess first = ServerProcess.start(env, serve(data))) {
      first.awaitReady();
      try (ServerProcess second = ServerProcess.start(env, serve(data))) {
        assertThat(second.awaitExit()).isEqualTo(2);
        assertThat(second.stderr().lines().filter(l -> l.startsWith("ucprov serve: ")))
            .singleElement()
            .asString()
            .startsWith("ucprov serve: cannot open the database jdbc:h2:file:" + data);
      }
      assertThat(first.terminate()).isZero();
    }
  }
}
