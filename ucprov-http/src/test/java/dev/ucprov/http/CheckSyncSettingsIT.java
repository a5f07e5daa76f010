package dev.ucprov.http;

import static dev.ucprov.http.AdminApiIT.error;
import static dev.ucprov.http.AdminApiIT.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.TenantId;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A device's {@code sip} and {@code push} settings and a tenant's {@code sip} proxy over HTTP. */
class CheckSyncSettingsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEVICE = "/api/v1/tenants/acme/devices/0004f2aabbcc";
  private static final String SETTINGS =
      """
      {"sip": {"target": "sip:10.0.0.5:5062", "transport": "tcp", "username": "201",
               "password": "line-secret", "user": "201"},
       "push": {"url": "http://10.0.0.5/push", "username": "push", "password": "push-secret"}}
      """;

  private World world;

  @BeforeEach
  void acme() throws Exception {
    world = new World();
    world.admin(
        "PUT",
        "/api/v1/tenants/acme",
        """
        {"name": "Acme", "sip": {"proxy": "sip:pbx.acme.example", "transport": "udp",
                                 "domain": "acme.example"}}
        """);
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void aDevicesSettingsComeBackWithPasswordsMasked() throws IOException {
    HttpResponse<byte[]> put = world.admin("PUT", DEVICE, SETTINGS);
    HttpResponse<byte[]> got = world.admin("GET", DEVICE, null);

    assertThat(put.statusCode()).isEqualTo(201);
    JsonNode device = json(got);
    assertThat(device.get("sip"))
        .isEqualTo(
            JSON.readTree(
                """
                {"target": "sip:10.0.0.5:5062", "transport": "tcp", "username": "201",
                 "password": "***", "user": "201"}
                """));
    assertThat(device.get("push"))
        .isEqualTo(
            JSON.readTree(
                """
                {"url": "http://10.0.0.5/push", "username": "push", "password": "***"}
                """));
    assertThat(World.text(got)).doesNotContain("secret");
    assertThat(World.text(world.admin("GET", "/api/v1/tenants/acme/devices", null)))
        .contains("\"target\":\"sip:10.0.0.5:5062\"")
        .doesNotContain("secret");
  }

  @Test
  void whatAGetShowsCanBePutBackAndKeepsThePasswords() throws IOException {
    world.admin("PUT", DEVICE, SETTINGS);
    JsonNode shown = json(world.admin("GET", DEVICE, null));
    String back =
        JSON.createObjectNode()
            .<com.fasterxml.jackson.databind.node.ObjectNode>set("sip", shown.get("sip"))
            .set("push", shown.get("push"))
            .toString();

    HttpResponse<byte[]> put = world.admin("PUT", DEVICE, back);

    assertThat(put.statusCode()).isEqualTo(200);
    Device stored = world.store.devices().find(MacAddress.parse("0004f2aabbcc")).orElseThrow();
    assertThat(stored.sip().orElseThrow().credentials())
        .contains(new Credentials("201", "line-secret"));
    assertThat(stored.push().orElseThrow().credentials())
        .isEqualTo(new Credentials("push", "push-secret"));
  }

  @Test
  void aTenantsProxyIsShownAndStored() throws IOException {
    JsonNode tenant = json(world.admin("GET", "/api/v1/tenants/acme", null));

    assertThat(tenant.get("sip"))
        .isEqualTo(
            JSON.readTree(
                """
                {"proxy": "sip:pbx.acme.example", "transport": "udp", "domain": "acme.example"}
                """));
    assertThat(world.store.tenants().find(new TenantId("acme")).orElseThrow().sip()).isPresent();
  }

  @Test
  void wrongSettingsAre400NamingTheField() throws IOException {
    HttpResponse<byte[]> target =
        world.admin("PUT", DEVICE, "{\"sip\": {\"target\": \"10.0.0.5\"}}");
    HttpResponse<byte[]> unknown = world.admin("PUT", DEVICE, "{\"sip\": {\"host\": \"x\"}}");
    HttpResponse<byte[]> type = world.admin("PUT", DEVICE, "{\"push\": {\"url\": 5}}");
    HttpResponse<byte[]> proxy =
        world.admin(
            "PUT", "/api/v1/tenants/acme", "{\"name\": \"A\", \"sip\": {\"domain\": \"d\"}}");

    assertThat(target.statusCode()).isEqualTo(400);
    assertThat(error(target)).startsWith("sip.target: ").contains("sip:pbx.example.net");
    assertThat(error(unknown)).contains("sip.host");
    assertThat(error(type)).isEqualTo("field 'push.url' must be a string");
    assertThat(proxy.statusCode()).isEqualTo(400);
    assertThat(error(proxy)).startsWith("sip.proxy: ");
    assertThat(world.store.devices().find(MacAddress.parse("0004f2aabbcc"))).isEmpty();
  }
}
