package dev.ucprov.http;

import static dev.ucprov.http.AdminApiIT.error;
import static dev.ucprov.http.AdminApiIT.json;
import static dev.ucprov.http.AdminApiIT.names;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin routes of a device's uploads, fed by real PUTs on the phone listener. */
class AdminUploadsIT {

  private static final String UPLOADS = "/api/v1/tenants/acme/devices/0004f2aabbcc/uploads";
  private static final String WEB =
      "<!-- web UI -->\n<PHONE_CONFIG><WEB tcpIpApp.sntp.gmtOffset=\"7200\"/></PHONE_CONFIG>";

  private World world;

  @BeforeEach
  void acme() throws Exception {
    world = new World();
    world.tenant("acme");
    world.device("acme", "0004f2aabbcc");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  private void put(String name, String body) {
    HttpResponse<byte[]> response =
        world.send(
            world.servers.phoneUri(),
            "PUT",
            "/acme/" + name,
            body.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isIn(201, 204);
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theListShowsEachFileWithItsKindAndNewestVersion() throws Exception {
    put("0004f2aabbcc-web.cfg", WEB);
    put("logs/0004f2aabbcc-app.log", "one\n");
    world.clock.advance(Duration.ofMinutes(1));
    put("logs/0004f2aabbcc-app.log", "two\n");

    JsonNode uploads = json(world.admin("GET", UPLOADS, null)).get("uploads");

    assertThat(uploads).hasSize(2);
    JsonNode log = uploads.get(0);
    assertThat(names(log))
        .containsExactly(
            "name",
            "kind",
            "version",
            "time",
            "size",
            "sha256",
            "source",
            "credential",
            "restoredFrom");
    assertThat(log.get("name").asText()).isEqualTo("0004f2aabbcc-app.log");
    assertThat(log.get("kind").asText()).isEqualTo("log");
    assertThat(log.get("version").asInt()).isEqualTo(2);
    assertThat(log.get("time").asText()).isEqualTo(World.T0.plusSeconds(60).toString());
    assertThat(log.get("size").asLong()).isEqualTo(4);
    assertThat(log.get("sha256").asText()).isEqualTo(sha256("two\n"));
    assertThat(log.get("source").asText()).isEqualTo("127.0.0.1");
    assertThat(log.get("credential").asText()).isEqualTo("anonymous");
    assertThat(log.get("restoredFrom").isNull()).isTrue();
    assertThat(uploads.get(1).get("name").asText()).isEqualTo("0004f2aabbcc-web.cfg");
    assertThat(uploads.get(1).get("kind").asText()).isEqualTo("override-web");
  }

  @Test
  void versionsAreAJsonArrayNewestFirstAndEachVersionsContentIsServedRaw() throws Exception {
    put("0004f2aabbcc-calls.xml", "first & last");
    put("0004f2aabbcc-calls.xml", "second");

    HttpResponse<byte[]> listed =
        world.admin("GET", UPLOADS + "/0004F2AABBCC-calls.xml/versions", null);
    HttpResponse<byte[]> first =
        world.admin("GET", UPLOADS + "/0004f2aabbcc-calls.xml/versions/1", null);

    JsonNode versions = json(listed);
    assertThat(versions.isArray()).isTrue();
    assertThat(versions.findValuesAsText("version")).containsExactly("2", "1");
    assertThat(names(versions.get(1)))
        .containsExactly(
            "version", "time", "size", "sha256", "source", "credential", "restoredFrom");
    assertThat(versions.get(1).get("sha256").asText()).isEqualTo(sha256("first & last"));
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(World.text(first)).isEqualTo("first & last");
    assertThat(first.headers().firstValue("ETag")).contains('"' + sha256("first & last") + '"');
  }

  @Test
  void anUploadedOverrideShowsInTheEffectiveConfig() throws IOException {
    world.file(
        "acme",
        "000000000000.cfg",
        "<APPLICATION CONFIG_FILES=\"site.cfg\" OVERRIDES_DIRECTORY=\"overrides\"/>");
    world.file("acme", "site.cfg", "<c tcpIpApp.sntp.gmtOffset=\"0\"/>");
    put("overrides/0004f2aabbcc-web.cfg", WEB);

    JsonNode config =
        json(
            world.admin("GET", "/api/v1/tenants/acme/devices/0004f2aabbcc/effective-config", null));

    JsonNode offset = config.get("parameters").get("tcpIpApp.sntp.gmtOffset");
    assertThat(offset.get("value").asText()).isEqualTo("7200");
    assertThat(offset.get("source").asText()).isEqualTo("overrides/0004f2aabbcc-web.cfg");
    assertThat(offset.get("shadowed").get(0).get("source").asText()).isEqualTo("site.cfg");
  }

  @Test
  void aRestoreOfAVersionThatWasNeverKeptChangesNothing() throws IOException {
    put("0004f2aabbcc-web.cfg", WEB);

    HttpResponse<byte[]> refused =
        world.admin("POST", UPLOADS + "/0004f2aabbcc-web.cfg/versions/4/restore", null);

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(error(refused)).contains("no version 4 of 0004f2aabbcc-web.cfg");
    assertThat(json(world.admin("GET", UPLOADS + "/0004f2aabbcc-web.cfg/versions", null)))
        .hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "GET|/api/v1/tenants/acme/devices/0004f2ffffff/uploads|404|no device 0004f2ffffff",
        "GET|/api/v1/tenants/nobody/devices/0004f2aabbcc/uploads|404|nobody",
        "GET|/api/v1/tenants/acme/devices/zz/uploads|400|mac",
        "GET|" + UPLOADS + "/site.cfg/versions|400|\"site.cfg\" is not a file device",
        "GET|" + UPLOADS + "/0004f2000001-web.cfg/versions|400|is not a file device 0004f2aabbcc",
        "GET|" + UPLOADS + "/0004f2aabbcc-phone.cfg/versions|404|has uploaded no",
        "GET|" + UPLOADS + "/0004f2aabbcc-web.cfg/versions/0|400|version must be a number",
        "GET|" + UPLOADS + "/0004f2aabbcc-web.cfg/versions/x|400|version must be a number",
        "GET|" + UPLOADS + "/0004f2aabbcc-web.cfg/versions/2|404|no version 2",
        "POST|" + UPLOADS + "/0004f2aabbcc-web.cfg/versions/1|405|",
      })
  void badRequestsAreRefusedNamingWhatWasWrong(
      String method, String path, int status, String message) throws IOException {
    put("0004f2aabbcc-web.cfg", WEB);

    HttpResponse<byte[]> refused = world.admin(method, path, null);

    assertThat(refused.statusCode()).isEqualTo(status);
    if (message != null) {
      assertThat(error(refused)).contains(message);
    }
  }
}
