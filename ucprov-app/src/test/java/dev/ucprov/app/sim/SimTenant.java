package dev.ucprov.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.server.ProvisioningServer;
import dev.ucprov.app.server.RunningServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant {@code acme} set up through the real admin API for simulated phones: a master with every
 * directory attribute, two config files, sip.ver and an image, the shared directory and licence,
 * and the device {@code 0004f2aabbcc}.
 */
final class SimTenant {

  static final String MAC = "0004f2aabbcc";
  static final String MASTER =
      "<APPLICATION APP_FILE_PATH=\"sip.ld\" CONFIG_FILES=\"[PHONE_MAC_ADDRESS]-lines.cfg, site.cfg\""
          + " OVERRIDES_DIRECTORY=\"overrides\" CONTACTS_DIRECTORY=\"contacts\""
          + " LOG_FILE_DIRECTORY=\"logs\" LICENSE_DIRECTORY=\"\"/>";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final URI admin;

  SimTenant(ProvisioningServer server) {
    this.admin = server.adminUri();
  }

  /** The tenant, its files and the device; {@code device} is the device's JSON body. */
  SimTenant create(String device) throws Exception {
    send("PUT", "/api/v1/tenants/acme", "{\"name\": \"Acme\"}");
    file("000000000000.cfg", MASTER);
    file(MAC + "-lines.cfg", "<polycomConfig reg.1.address=\"1001\" reg.1.label=\"Reception\"/>");
    file(
        "site.cfg",
        "<polycomConfig reg.1.address=\"9999\" tcpIpApp.sntp.address=\"pool.ntp.org\"/>");
    file("sip.ver", "5.9.0.9373\n");
    file("sip.ld", "firmware image");
    file(
        "contacts/000000000000-directory.xml",
        "<directory><item_list><item><fn>Support</fn><ct>1500</ct></item></item_list></directory>");
    file("000000000000-license.cfg", "<licenses><licenseKey a=\"1\"/></licenses>");
    send("PUT", "/api/v1/tenants/acme/devices/" + MAC, device);
    return this;
  }

  void file(String path, String content) throws Exception {
    send("PUT", "/api/v1/tenants/acme/files/" + path, content);
  }

  /** The server's view of the phone's effective configuration: name to value. */
  Map<String, String> effective() throws Exception {
    JsonNode parameters =
        send("GET", "/api/v1/tenants/acme/devices/" + MAC + "/effective-config", null)
            .get("parameters");
    Map<String, String> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      values.put(e.getKey(), e.getValue().get("value").asText());
    }
    return values;
  }

  /** The device once the inventory has recorded a request of it (recording is batched). */
  JsonNode seen() throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    JsonNode device = send("GET", "/api/v1/tenants/acme/devices/" + MAC, null);
    while (device.get("lastSeen").isNull() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      device = send("GET", "/api/v1/tenants/acme/devices/" + MAC, null);
    }
    return device;
  }

  JsonNode send(String method, String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(admin.resolve(path))
            .header("Authorization", "Bearer " + RunningServer.TOKEN)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isIn(200, 201);
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }
}
