package dev.ucprov.http;

import static dev.ucprov.http.AdminApiIT.error;
import static dev.ucprov.http.AdminApiIT.json;
import static dev.ucprov.http.AdminApiIT.names;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminFilesIT {

  private static final String FILES = "/api/v1/tenants/acme/files/";
  private static final String SHARED = "/api/v1/shared/files/";

  private World world;

  @BeforeEach
  void acme() throws Exception {
    world = new World();
    world.admin("PUT", "/api/v1/tenants/acme", "{\"name\": \"Acme\"}");
    world.admin("PUT", "/api/v1/tenants/acme/devices/0004f2aabbcc", "{\"label\": \"desk\"}");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void putStoresARawBodyThatGetReturnsAndPhonesGet() throws IOException {
    HttpResponse<byte[]> created = world.admin("PUT", FILES + "site/features.cfg", "<a x=\"1\"/>");
    HttpResponse<byte[]> replaced = world.admin("PUT", FILES + "site/features.cfg", "<a x=\"2\"/>");
    HttpResponse<byte[]> got = world.admin("GET", FILES + "site/features.cfg", null);

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode version = json(created);
    assertThat(names(version))
        .containsExactly("path", "version", "time", "size", "sha256", "template", "deleted");
    assertThat(version.get("path").asText()).isEqualTo("site/features.cfg");
    assertThat(version.get("version").asInt()).isEqualTo(1);
    assertThat(version.get("size").asLong()).isEqualTo(10);
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(json(replaced).get("version").asInt()).isEqualTo(2);
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(World.text(got)).isEqualTo("<a x=\"2\"/>");
    assertThat(got.headers().firstValue("ETag"))
        .contains('"' + json(replaced).get("sha256").asText() + '"');
    assertThat(World.text(world.phone("GET", "/acme/site/features.cfg"))).isEqualTo("<a x=\"2\"/>");
  }

  @Test
  void aTemplateIsRenderedPerDeviceForPhones() throws IOException {
    HttpResponse<byte[]> stored =
        world.admin(
            "PUT", FILES + "%5BPHONE_MAC_ADDRESS%5D-label.cfg?template=true", "{{ device.label }}");

    assertThat(stored.statusCode()).isEqualTo(201);
    assertThat(json(stored).get("template").asBoolean()).isTrue();
    assertThat(World.text(world.phone("GET", "/acme/0004f2aabbcc-label.cfg"))).isEqualTo("desk");
  }

  @Test
  void bracketsMaySitRawInThePathAsCurlGlobOffSendsThem() throws Exception {
    String body = "{{ device.mac }}";
    String raw =
        RawHttp.send(
            world.servers.adminPort(),
            "PUT /api/v1/tenants/acme/files/[PHONE_MAC_ADDRESS]-raw.cfg?template=true HTTP/1.1\r\n"
                + "Host: x\r\nAuthorization: Bearer "
                + World.TOKEN
                + "\r\nContent-Length: "
                + body.length()
                + "\r\nConnection: close\r\n\r\n"
                + body);

    assertThat(raw).startsWith("HTTP/1.1 201");
    assertThat(World.text(world.phone("GET", "/acme/0004f2aabbcc-raw.cfg")))
        .isEqualTo("0004f2aabbcc");
  }

  @Test
  void aTemplateThatDoesNotCompileIsRefusedWithItsLineAndNothingIsStored() throws IOException {
    world.admin("PUT", FILES + "t.cfg?template=true", "fine");

    HttpResponse<byte[]> refused =
        world.admin("PUT", FILES + "t.cfg?template=true", "line one\n{{ broken");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(error(refused)).contains("line 2");
    assertThat(World.text(world.admin("GET", FILES + "t.cfg", null))).isEqualTo("fine");
  }

  @Test
  void listVersionsDeleteAndRestore() throws IOException {
    world.admin("PUT", FILES + "a.cfg", "one");
    world.admin("PUT", FILES + "a.cfg", "two");
    world.admin("PUT", FILES + "b.cfg", "bee");

    HttpResponse<byte[]> deleted = world.admin("DELETE", FILES + "a.cfg", null);
    HttpResponse<byte[]> gone = world.admin("GET", FILES + "a.cfg", null);
    JsonNode list = json(world.admin("GET", "/api/v1/tenants/acme/files", null));
    JsonNode versions = json(world.admin("GET", FILES + "a.cfg?versions", null));
    HttpResponse<byte[]> restored = world.admin("POST", FILES + "a.cfg?restore=1", null);

    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(json(deleted).get("deleted").asBoolean()).isTrue();
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(error(gone)).isEqualTo("no file a.cfg");
    assertThat(list.get("files").findValuesAsText("path")).containsExactly("b.cfg");
    assertThat(versions.get("path").asText()).isEqualTo("a.cfg");
    assertThat(versions.get("versions").findValuesAsText("version")).containsExactly("3", "2", "1");
    assertThat(restored.statusCode()).isEqualTo(201);
    assertThat(json(restored).get("version").asInt()).isEqualTo(4);
    assertThat(World.text(world.admin("GET", FILES + "a.cfg", null))).isEqualTo("one");
  }

  @Test
  void sharedFilesWorkTheSameAndTenantFilesShadowThem() throws IOException {
    HttpResponse<byte[]> created = world.admin("PUT", SHARED + "sip.ld", "firmware");
    world.admin("PUT", SHARED + "common.cfg", "shared");
    world.admin("PUT", FILES + "common.cfg", "own");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(
            json(world.admin("GET", "/api/v1/shared/files", null))
                .get("files")
                .findValuesAsText("path"))
        .containsExactly("common.cfg", "sip.ld");
    assertThat(World.text(world.phone("GET", "/acme/sip.ld"))).isEqualTo("firmware");
    assertThat(World.text(world.phone("GET", "/acme/common.cfg"))).isEqualTo("own");
    assertThat(world.admin("DELETE", SHARED + "sip.ld", null).statusCode()).isEqualTo(200);
    assertThat(world.admin("POST", SHARED + "sip.ld?restore=1", null).statusCode()).isEqualTo(201);
    assertThat(json(world.admin("GET", SHARED + "sip.ld?versions", null)).get("versions"))
        .hasSize(3);
  }

  @Test
  void aBodyOverTheFileLimitIs413AndNothingIsStored() throws IOException {
    world.admin("PUT", SHARED + "sip.ld", "small");

    HttpResponse<byte[]> refused = world.admin("PUT", SHARED + "sip.ld", "x".repeat(400_001));

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(error(refused)).contains("400000 bytes");
    assertThat(World.text(world.admin("GET", SHARED + "sip.ld", null))).isEqualTo("small");
  }

  /**
   * The refused body is read to its end before the answer, so the connection stays usable: closing
   * it with the body unread lets the kernel reset it, and a client still sending may then never
   * read the 413. Both requests go on one connection; the second asks the server to close it.
   */
  @Test
  void aRefusedBodyIsReadSoTheConnectionLivesOn() throws IOException {
    String response =
        RawHttp.send(
            world.servers.adminUri().getPort(),
            "PUT "
                + SHARED
                + "sip.ld HTTP/1.1\r\nHost: ucprov\r\nAuthorization: Bearer "
                + World.TOKEN
                + "\r\nContent-Length: 400001\r\n\r\n"
                + "x".repeat(400_001)
                + "GET /health HTTP/1.1\r\nHost: ucprov\r\nConnection: close\r\n\r\n");
    int second = response.indexOf("HTTP/1.1 ", 1);

    assertThat(response).startsWith("HTTP/1.1 413");
    assertThat(second).as("a second answer on the connection").isPositive();
    assertThat(response.substring(0, response.indexOf("\r\n\r\n")))
        .doesNotContainIgnoringCase("connection: close");
    assertThat(response.substring(second)).startsWith("HTTP/1.1 200");
    assertThat(world.admin("GET", SHARED + "sip.ld", null).statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "POST|a.cfg||POST on a file restores a version",
        "POST|a.cfg?restore=abc||query parameter 'restore' must be a version number",
        "POST|a.cfg?restore=0||query parameter 'restore' must be a version number",
        "PUT|a.cfg?template=maybe|x|query parameter 'template' must be true or false",
        "PUT|a/../b.cfg|x|path: "
      })
  void badFileRequestsAre400(String spec) throws IOException {
    String[] parts = spec.split("\\|", -1);
    world.admin("PUT", FILES + "a.cfg", "kept");

    HttpResponse<byte[]> refused =
        world.admin(parts[0], FILES + parts[1], parts[2].isEmpty() ? null : parts[2]);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(error(refused)).contains(parts[3]);
    assertThat(World.text(world.admin("GET", FILES + "a.cfg", null))).isEqualTo("kept");
  }

  @Test
  void unknownThingsAre404() throws IOException {
    world.admin("PUT", FILES + "a.cfg", "kept");

    HttpResponse<byte[]> noVersion = world.admin("POST", FILES + "a.cfg?restore=9", null);
    HttpResponse<byte[]> noTenant = world.admin("PUT", "/api/v1/tenants/nobody/files/a.cfg", "x");
    HttpResponse<byte[]> noFile = world.admin("GET", FILES + "none.cfg?versions", null);

    assertThat(noVersion.statusCode()).isEqualTo(404);
    assertThat(error(noVersion)).isEqualTo("no version 9 of a.cfg");
    assertThat(noTenant.statusCode()).isEqualTo(404);
    assertThat(error(noTenant)).isEqualTo("no tenant \"nobody\"");
    assertThat(noFile.statusCode()).isEqualTo(404);
  }

  @Test
  void lintGivesTheFindingsOfTheTenantsServedFiles() throws IOException {
    world.admin("PUT", FILES + "000000000000.cfg", "<APPLICATION CONFIG_FILES=\"missing.cfg\"/>");

    HttpResponse<byte[]> response = world.admin("GET", "/api/v1/tenants/acme/lint", null);
    JsonNode findings = json(response).get("findings");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(findings).isNotEmpty();
    assertThat(names(findings.get(0)))
        .containsExactly("rule", "severity", "file", "line", "message");
    assertThat(findings.findValuesAsText("rule")).contains("missing-config-file", "tenant-open");
    assertThat(world.admin("GET", "/api/v1/tenants/nobody/lint", null).statusCode()).isEqualTo(404);
  }

  @Test
  void metricsShowRequestsCacheAndInventory() throws IOException {
    world.admin("PUT", FILES + "%5BPHONE_MAC_ADDRESS%5D.cfg?template=true", "{{ device.mac }}");
    world.phone("GET", "/acme/0004f2aabbcc.cfg");
    world.phone("GET", "/acme/0004f2aabbcc.cfg");
    world.phone("GET", "/acme/sip.ld");
    world.access.await(3);

    HttpResponse<byte[]> response = world.admin("GET", "/metrics", null);
    String text = World.text(response);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain; version=0.0.4"));
    assertThat(text)
        .contains("ucprov_requests_total{kind=\"master\",protocol=\"http\",status=\"200\"} 2.0")
        .contains("ucprov_requests_total{kind=\"firmware\",protocol=\"http\",status=\"404\"} 1.0")
        .contains("ucprov_render_cache_hits_total 1.0")
        .contains("ucprov_render_cache_misses_total 1.0")
        .contains("ucprov_inventory_queue_depth ")
        // two renderings of 12 bytes and the 10 bytes of a 404 body
        .contains("ucprov_served_bytes_total{protocol=\"http\"} 34.0");
  }
}
