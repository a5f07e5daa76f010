package dev.ucprov.http;

import static dev.ucprov.http.AdminApiIT.error;
import static dev.ucprov.http.AdminApiIT.json;
import static dev.ucprov.http.AdminApiIT.names;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ucprov.core.testing.Eventually;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminDevicesIT {

  private static final String DEVICES = "/api/v1/tenants/acme/devices/";
  private static final String PHONE =
      """
      {"model": "VVX_410", "label": "Reception", "variables": {"line": "201"},
       "credentials": {"username": "u", "password": "p"}}
      """;

  private World world;

  @BeforeEach
  void acme() throws Exception {
    world = new World();
    world.admin("PUT", "/api/v1/tenants/acme", "{\"name\": \"Acme\"}");
    world.admin("PUT", "/api/v1/tenants/beta", "{\"name\": \"Beta\"}");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void putClaimsThenReplacesAndGetShowsTheDeviceWithItsInventory() throws IOException {
    HttpResponse<byte[]> created = world.admin("PUT", DEVICES + "00:04:F2:AA:BB:CC", PHONE);
    HttpResponse<byte[]> replaced = world.admin("PUT", DEVICES + "0004f2aabbcc", PHONE);
    JsonNode got = json(world.admin("GET", DEVICES + "0004f2aabbcc", null));

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(json(created).get("mac").asText()).isEqualTo("0004f2aabbcc");
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(names(got))
        .containsExactly(
            "tenant",
            "mac",
            "model",
            "label",
            "variables",
            "credentials",
            "sip",
            "push",
            "lastSeen",
            "lastAddress",
            "lastProtocol",
            "reportedModel",
            "applicationVersion",
            "updaterVersion",
            "recentRequests");
    assertThat(got.get("label").asText()).isEqualTo("Reception");
    assertThat(got.get("variables").get("line").asText()).isEqualTo("201");
    assertThat(got.get("credentials").get("password").asText()).isEqualTo("***");
    assertThat(got.get("lastSeen").isNull()).isTrue();
    assertThat(got.get("recentRequests")).isEmpty();
  }

  @Test
  void phoneRequestsShowInTheDevicesInventory() throws IOException {
    world.admin("PUT", DEVICES + "0004f2aabbcc", PHONE);
    world.template("acme", "[PHONE_MAC_ADDRESS].cfg", "<master/>");
    // The device has credentials of its own, so its files need them (ADR 0012).
    String basic = java.util.Base64.getEncoder().encodeToString("u:p".getBytes());
    world.phone("GET", "/acme/0004f2aabbcc.cfg", "Authorization", "Basic " + basic);

    Eventually.until(
        () ->
            world
                .store
                .inventory()
                .status(dev.ucprov.core.device.MacAddress.parse("0004f2aabbcc"))
                .isPresent(),
        Duration.ofSeconds(3));
    JsonNode got = json(world.admin("GET", DEVICES + "0004f2aabbcc", null));

    assertThat(got.get("lastSeen").asText()).isEqualTo(World.T0.toString());
    assertThat(got.get("lastAddress").asText()).isEqualTo("127.0.0.1");
    assertThat(got.get("lastProtocol").asText()).isEqualTo("http");
    assertThat(got.get("applicationVersion").asText()).isEqualTo("5.9.0.9373");
    JsonNode request = got.get("recentRequests").get(0);
    assertThat(names(request))
        .containsExactly("time", "protocol", "method", "path", "status", "bytes");
    assertThat(request.get("path").asText()).isEqualTo("acme/0004f2aabbcc.cfg");
    assertThat(request.get("status").asInt()).isEqualTo(200);
    assertThat(request.get("bytes").asLong()).isEqualTo(9);
  }

  @Test
  void aMacOfAnotherTenantIsAConflictAndChangesNothing() throws IOException {
    world.admin("PUT", DEVICES + "0004f2aabbcc", PHONE);

    HttpResponse<byte[]> refused =
        world.admin("PUT", "/api/v1/tenants/beta/devices/0004f2aabbcc", "{\"label\": \"x\"}");

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(error(refused)).contains("0004f2aabbcc").contains("acme");
    assertThat(json(world.admin("GET", DEVICES + "0004f2aabbcc", null)).get("label").asText())
        .isEqualTo("Reception");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PUT|/api/v1/tenants/acme/devices/zz|{}|400|mac: ",
        "PUT|/api/v1/tenants/acme/devices/000000000000|{}|400|mac: ",
        "PUT|/api/v1/tenants/acme/devices/0004f2aabbcc|{\"model\": \"VVX 410\"}|400|model: ",
        "PUT|/api/v1/tenants/acme/devices/0004f2aabbcc|{\"serial\": \"1\"}|400|unknown field 'serial'",
        "PUT|/api/v1/tenants/nobody/devices/0004f2aabbcc|{}|404|no tenant \"nobody\"",
        "GET|/api/v1/tenants/acme/devices/0004f2999999||404|no device 0004f2999999 in tenant acme",
        "DELETE|/api/v1/tenants/acme/devices/0004f2999999||404|no device 0004f2999999",
        "GET|/api/v1/tenants/acme/devices?limit=0||400|limit: ",
        "GET|/api/v1/tenants/acme/devices?limit=5000||400|limit: ",
        "GET|/api/v1/tenants/acme/devices?offset=-1||400|offset: ",
        "GET|/api/v1/tenants/acme/devices?notSeenSince=yesterday||400|notSeenSince: ",
        "GET|/api/v1/tenants/acme/devices?model=a&model=b||400|parameter 'model' given more than once",
        "GET|/api/v1/tenants/nobody/devices||404|no tenant",
        "GET|/api/v1/tenants/nobody/unknown-devices||404|no tenant",
        "GET|/api/v1/tenants/acme/devices/0004f2999999/effective-config||404|no device"
      })
  void badRequestsAreRefusedNamingWhatWasWrong(
      String method, String path, String body, int status, String message) throws IOException {
    world.admin("PUT", DEVICES + "0004f2aabbcc", PHONE);

    HttpResponse<byte[]> refused = world.admin(method, path, body);

    assertThat(refused.statusCode()).isEqualTo(status);
    assertThat(error(refused)).contains(message);
    assertThat(json(world.admin("GET", DEVICES + "0004f2aabbcc", null)).get("label").asText())
        .isEqualTo("Reception");
  }

  @Test
  void theListIsPagedAndFiltered() throws IOException {
    world.admin("PUT", DEVICES + "0004f2000001", "{\"model\": \"VVX_410\"}");
    world.admin("PUT", DEVICES + "0004f2000002", "{\"model\": \"VVX_310\"}");
    world.admin("PUT", DEVICES + "0004f2000003", "{\"model\": \"VVX_410\"}");

    JsonNode page = json(world.admin("GET", "/api/v1/tenants/acme/devices?offset=1&limit=1", null));
    JsonNode filtered =
        json(world.admin("GET", "/api/v1/tenants/acme/devices?model=VVX_410", null));
    JsonNode unseen =
        json(
            world.admin(
                "GET", "/api/v1/tenants/acme/devices?notSeenSince=2026-01-01T00:00:00Z", null));

    assertThat(names(page)).containsExactly("devices", "total", "offset", "limit");
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    assertThat(page.get("limit").asInt()).isEqualTo(1);
    assertThat(page.get("devices").findValuesAsText("mac")).containsExactly("0004f2000002");
    assertThat(page.get("devices").get(0).has("recentRequests")).isFalse();
    assertThat(page.get("devices").get(0).has("lastSeen")).isTrue();
    assertThat(filtered.get("devices").findValuesAsText("mac"))
        .containsExactly("0004f2000001", "0004f2000003");
    assertThat(filtered.get("limit").asInt()).isEqualTo(100);
    assertThat(unseen.get("total").asLong()).isEqualTo(3);
  }

  @Test
  void deleteReleasesTheDevice() throws IOException {
    world.admin("PUT", DEVICES + "0004f2aabbcc", PHONE);

    HttpResponse<byte[]> deleted = world.admin("DELETE", DEVICES + "0004f2aabbcc", null);

    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(json(deleted).get("mac").asText()).isEqualTo("0004f2aabbcc");
    assertThat(world.admin("GET", DEVICES + "0004f2aabbcc", null).statusCode()).isEqualTo(404);
    assertThat(world.admin("PUT", "/api/v1/tenants/beta/devices/0004f2aabbcc", "{}").statusCode())
        .isEqualTo(201);
  }

  @Test
  void phonesAskingForAnUnclaimedMacAreListedAsUnknown() throws IOException {
    world.phone("GET", "/acme/0004f2123456.cfg");

    Eventually.until(
        () ->
            !world
                .store
                .inventory()
                .unknownDevices(new dev.ucprov.core.tenant.TenantId("acme"))
                .isEmpty(),
        Duration.ofSeconds(3));
    JsonNode unknown = json(world.admin("GET", "/api/v1/tenants/acme/unknown-devices", null));

    JsonNode first = unknown.get("unknownDevices").get(0);
    assertThat(names(first))
        .containsExactly("mac", "firstSeen", "lastSeen", "lastAddress", "userAgent", "count");
    assertThat(first.get("mac").asText()).isEqualTo("0004f2123456");
    assertThat(first.get("userAgent").asText()).isEqualTo(World.AGENT);
    assertThat(first.get("count").asLong()).isEqualTo(1);
  }

  @Test
  void effectiveConfigHasTheExplainShapeFromWhatIsServed() throws IOException {
    world.admin("PUT", DEVICES + "0004f2aabbcc", PHONE);
    world.file(
        "acme",
        "000000000000.cfg",
        "<APPLICATION APP_FILE_PATH=\"sip.ld\" CONFIG_FILES=\"[PHONE_MAC_ADDRESS]-lines.cfg,"
            + " site.cfg\"/>");
    world.template(
        "acme",
        "[PHONE_MAC_ADDRESS]-lines.cfg",
        "<c reg.1.address=\"{{ device.variables.line }}\"/>");
    world.file("acme", "site.cfg", "<c reg.1.address=\"100\" voIpProt.server.1.address=\"pbx\"/>");

    HttpResponse<byte[]> response =
        world.admin("GET", DEVICES + "0004f2aabbcc/effective-config", null);
    JsonNode config = json(response);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(names(config))
        .containsExactly(
            "mac",
            "model",
            "masterFile",
            "configFiles",
            "parameters",
            "notApplied",
            "missingFiles",
            "problems");
    assertThat(config.get("masterFile").asText()).isEqualTo("000000000000.cfg");
    assertThat(config.get("configFiles").findValuesAsText("x")).isEmpty();
    JsonNode address = config.get("parameters").get("reg.1.address");
    assertThat(names(address)).containsExactly("value", "source", "line", "shadowed");
    assertThat(address.get("value").asText()).isEqualTo("201");
    assertThat(address.get("source").asText()).isEqualTo("0004f2aabbcc-lines.cfg");
    assertThat(names(address.get("shadowed").get(0))).containsExactly("value", "source", "line");
    assertThat(address.get("shadowed").get(0).get("value").asText()).isEqualTo("100");
  }
}
