package dev.ucprov.http;

import static dev.ucprov.http.AdminApiIT.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ucprov.core.testing.Eventually;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phones writing their files with HTTP PUT, and reading them back, through the JDK client. */
class PhoneUploadsIT {

  private static final String SETTINGS =
      "<PHONE_CONFIG><OVERRIDES reg.1.displayName=\"Front desk\"/></PHONE_CONFIG>";
  private static final String RESET = "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>";
  private static final String UPLOADS = "/api/v1/tenants/acme/devices/0004f2aabbcc/uploads";

  private World world;

  @BeforeEach
  void acme() throws Exception {
    world = new World();
    world.tenant("acme", "acme.prov.example");
    world.tenant("globex");
    world.device("acme", "0004f2aabbcc");
    world.device("globex", "0004f2000002");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  private HttpResponse<byte[]> put(String path, String body, String... headers) {
    return put(path, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  private HttpResponse<byte[]> put(String path, byte[] body, String... headers) {
    return world.send(world.servers.phoneUri(), "PUT", path, body, headers);
  }

  private String get(String path) {
    HttpResponse<byte[]> response = world.phone("GET", path);
    assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
    return World.text(response);
  }

  private List<Integer> versions(String name) throws IOException {
    JsonNode versions = json(world.admin("GET", UPLOADS + "/" + name + "/versions", null));
    List<Integer> numbers = new ArrayList<>();
    versions.forEach(v -> numbers.add(v.get("version").asInt()));
    return numbers;
  }

  /** The device's recorded requests once {@code count} PUTs are in, as "METHOD STATUS BYTES". */
  private List<String> recordedPuts(int count) throws IOException {
    String device = "/api/v1/tenants/acme/devices/0004f2aabbcc";
    Eventually.until(
        () -> puts(world.admin("GET", device, null)).size() >= count, Duration.ofSeconds(10));
    return puts(world.admin("GET", device, null));
  }

  private static List<String> puts(HttpResponse<byte[]> device) {
    List<String> out = new ArrayList<>();
    try {
      json(device)
          .get("recentRequests")
          .forEach(r -> {
            if (r.get("method").asText().equals("PUT")) {
              out.add("PUT " + r.get("status").asInt() + " " + r.get("bytes").asLong());
            }
          });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  @Test
  void aPutIsReadBackByGetWhateverTheDirectoryOrTheMacsCase() {
    HttpResponse<byte[]> first = put("/acme/0004f2aabbcc-phone.cfg", SETTINGS);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("ETag"))
        .hasValueSatisfying(tag -> assertThat(tag).matches("\"[0-9a-f]{64}\""));
    assertThat(get("/acme/0004f2aabbcc-phone.cfg")).isEqualTo(SETTINGS);

    HttpResponse<byte[]> second = put("/acme/overrides/0004F2AABBCC-phone.cfg", RESET);

    assertThat(second.statusCode()).isEqualTo(204);
    assertThat(second.body()).isEmpty();
    assertThat(get("/acme/overrides/0004f2aabbcc-phone.cfg")).isEqualTo(RESET);
    assertThat(get("/acme/0004f2aabbcc-phone.cfg")).isEqualTo(RESET);
  }

  @Test
  void everyKindIsAcceptedInItsUsualDirectoryAndByHostName() {
    String directory = "<directory><item_list><item><ct>1001</ct></item></item_list></directory>";
    String calls = "<callList><call name=\"Tom & Jerry\"/></callList>";
    String log = "1125100000|sip |4|00|Registration succeeded\n";

    assertThat(put("/acme/contacts/0004f2aabbcc-directory.xml", directory).statusCode())
        .isEqualTo(201);
    assertThat(put("/acme/calls/0004f2aabbcc-calls.xml", calls).statusCode()).isEqualTo(201);
    assertThat(put("/logs/0004f2aabbcc-app.log", log, "Host", "acme.prov.example").statusCode())
        .isEqualTo(201);
    assertThat(put("/0004f2aabbcc-web.cfg", SETTINGS, "Host", "acme.prov.example").statusCode())
        .isEqualTo(201);

    assertThat(get("/acme/contacts/0004f2aabbcc-directory.xml")).isEqualTo(directory);
    assertThat(get("/acme/0004f2aabbcc-calls.xml")).isEqualTo(calls);
    assertThat(get("/acme/logs/0004f2aabbcc-app.log")).isEqualTo(log);
    assertThat(
            world
                .phone("GET", "/acme/logs/0004f2aabbcc-app.log")
                .headers()
                .firstValue("Content-Type"))
        .contains("text/plain; charset=utf-8");
    assertThat(get("/acme/0004f2aabbcc-web.cfg")).isEqualTo(SETTINGS);
  }

  @Test
  void headBeforeTheFirstUploadIsNotFoundAndAfterItGivesTheLength() {
    assertThat(world.phone("HEAD", "/acme/0004f2aabbcc-boot.log").statusCode()).isEqualTo(404);

    put("/acme/0004f2aabbcc-boot.log", "booted\n");

    HttpResponse<byte[]> head = world.phone("HEAD", "/acme/0004f2aabbcc-boot.log");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Length")).contains("7");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0004f2aabbcc-phone.cfg|<PHONE_CONFIG>\\n<OVERRIDES>|400|line 2, column 12: malformed XML",
        "0004f2aabbcc-phone.cfg|<polycomConfig/>|400|line 1, column 1: the root element is"
            + " <polycomConfig>",
        "0004f2aabbcc-directory.xml|<directory><item_list>\\n<item><fn>Bob</fn></item>"
            + "</item_list></directory>|400|line 2, column 1: item 1 has no <ct>",
        "0004f2aabbcc-app.log|ok\\n\\u0000|400|line 2, column 1: byte 0x00 at offset 3",
        "0004f2aabbcc-phone.cfg|<PHONE_CONFIG><OVERRIDES a=\"{big}\"/></PHONE_CONFIG>|413|"
            + "0004f2aabbcc-phone.cfg is larger than the limit of 2048 bytes",
        "0004f2ffffff-phone.cfg|<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>|404|Not Found",
        "0004f2000002-phone.cfg|<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>|404|Not Found",
        "0004f2aabbcc-lines.cfg|<x/>|405|0004f2aabbcc-lines.cfg is not a file phones write",
      })
  void aRefusedUploadSaysWhyKeepsThePreviousVersionAndIsRecorded(
      String name, String body, int status, String message) throws IOException {
    String previous = name.endsWith(".log") ? "first\n" : SETTINGS;
    String previousName = name.endsWith(".log") ? "0004f2aabbcc-app.log" : "0004f2aabbcc-phone.cfg";
    put("/acme/" + previousName, previous);
    String sent =
        body.replace("\\n", "\n").replace("\\u0000", "\u0000").replace("{big}", "x".repeat(2100));

    HttpResponse<byte[]> refused = put("/acme/" + name, sent);

    assertThat(refused.statusCode()).isEqualTo(status);
    assertThat(refused.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
    assertThat(World.text(refused)).startsWith(message).endsWith("\n");
    assertThat(get("/acme/" + previousName)).isEqualTo(previous);
    assertThat(versions(previousName)).containsExactly(1);
    if (!name.startsWith("0004f2ffffff") && !name.startsWith("0004f2000002")) {
      assertThat(recordedPuts(2))
          .contains(
              "PUT "
                  + status
                  + " "
                  + (status == 405 ? 0 : sent.getBytes(StandardCharsets.UTF_8).length));
    }
  }

  @Test
  void aPutOfAnUnknownMacCountsAsAnUnknownDeviceOfTheTenant() throws IOException {
    put("/acme/0004f2ffffff-phone.cfg", RESET);

    Eventually.until(
        () ->
            World.text(world.admin("GET", "/api/v1/tenants/acme/unknown-devices", null))
                .contains("0004f2ffffff"),
        Duration.ofSeconds(10));
    JsonNode unknown = json(world.admin("GET", "/api/v1/tenants/acme/unknown-devices", null));
    assertThat(unknown.get("unknownDevices").findValuesAsText("mac")).contains("0004f2ffffff");
  }

  @Test
  void aResetLocalConfigIsAVersionAndWhatCameBeforeIsRestored() throws IOException {
    put("/acme/0004f2aabbcc-phone.cfg", SETTINGS);
    put("/acme/0004f2aabbcc-phone.cfg", RESET);
    assertThat(get("/acme/0004f2aabbcc-phone.cfg")).isEqualTo(RESET);

    HttpResponse<byte[]> restored =
        world.admin("POST", UPLOADS + "/0004f2aabbcc-phone.cfg/versions/1/restore", null);

    assertThat(restored.statusCode()).isEqualTo(200);
    assertThat(json(restored).get("version").asInt()).isEqualTo(3);
    assertThat(json(restored).get("restoredFrom").asInt()).isEqualTo(1);
    assertThat(get("/acme/0004f2aabbcc-phone.cfg")).isEqualTo(SETTINGS);
    assertThat(versions("0004f2aabbcc-phone.cfg")).containsExactly(3, 2, 1);
  }

  @Test
  void onlyTheConfiguredNumberOfVersionsIsKept() throws IOException {
    for (int i = 1; i <= 7; i++) {
      put("/acme/0004f2aabbcc-calls.xml", "calls " + i);
    }

    assertThat(versions("0004f2aabbcc-calls.xml")).containsExactly(7, 6, 5, 4, 3);
    assertThat(
            world.admin("GET", UPLOADS + "/0004f2aabbcc-calls.xml/versions/2", null).statusCode())
        .isEqualTo(404);
    assertThat(World.text(world.admin("GET", UPLOADS + "/0004f2aabbcc-calls.xml/versions/3", null)))
        .isEqualTo("calls 3");
  }

  @Test
  void aDevicesLogsShareARollingCapThatDropsTheOldestFirst() throws IOException {
    String kilobyte = "x".repeat(999) + "\n";
    put("/acme/0004f2aabbcc-boot.log", kilobyte);
    put("/acme/0004f2aabbcc-app.log", kilobyte);
    put("/acme/0004f2aabbcc-boot.log", kilobyte.replace('x', 'y'));
    put("/acme/0004f2aabbcc-app.log", kilobyte.replace('x', 'z'));

    assertThat(world.uploadLimits.logTotalBytes()).isEqualTo(3000);
    assertThat(versions("0004f2aabbcc-boot.log")).containsExactly(2);
    assertThat(versions("0004f2aabbcc-app.log")).containsExactly(2, 1);
    assertThat(get("/acme/0004f2aabbcc-boot.log")).startsWith("yyy");
  }

  @Test
  void aConnectionCutMidBodyStoresNothingAndIsRecorded() throws Exception {
    put("/acme/0004f2aabbcc-calls.xml", "complete calls");
    String whole = "calls that never arrive whole";

    try (Socket socket = new Socket("127.0.0.1", world.servers.phonePort())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("PUT /acme/0004f2aabbcc-calls.xml HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Length: "
                  + whole.length()
                  + "\r\n\r\n"
                  + whole.substring(0, 20))
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(200);
    }

    // Call lists are stored as received, so only the cut itself can keep these 20 bytes out.
    assertThat(recordedPuts(2)).contains("PUT 400 20");
    assertThat(versions("0004f2aabbcc-calls.xml")).containsExactly(1);
    assertThat(get("/acme/0004f2aabbcc-calls.xml")).isEqualTo("complete calls");
  }

  @Test
  void aBodyDeclaredOverTheCapIsRefusedBeforeItIsRead() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", world.servers.phonePort())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("PUT /acme/0004f2aabbcc-app.log HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Length: 100000000\r\n\r\nfirst bytes")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readNBytes(12), StandardCharsets.US_ASCII);

      assertThat(response).isEqualTo("HTTP/1.1 413");
    }
    assertThat(recordedPuts(1)).containsExactly("PUT 413 100000000");
    assertThat(world.phone("GET", "/acme/0004f2aabbcc-app.log").statusCode()).isEqualTo(404);
  }

  @Test
  void aChunkedBodyOverTheCapIsRefusedOnceItPassesTheCap() throws Exception {
    byte[] big = "a".repeat(5000).getBytes(StandardCharsets.US_ASCII);
    HttpRequest request =
        HttpRequest.newBuilder(world.servers.phoneUri().resolve("/acme/0004f2aabbcc-calls.xml"))
            .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();

    HttpResponse<String> refused = world.client.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body())
        .isEqualTo(
            "0004f2aabbcc-calls.xml is larger than the limit of 4096 bytes for calls uploads\n");
    assertThat(recordedPuts(1)).containsExactly("PUT 413 4097");
    assertThat(world.phone("GET", "/acme/0004f2aabbcc-calls.xml").statusCode()).isEqualTo(404);
  }
}
