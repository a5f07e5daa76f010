package dev.ucprov.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.server.AdminToken;
import dev.ucprov.app.server.RunningServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's content, made through the operator operations of a real server. */
class DemoContentIT {

  @TempDir Path data;

  private RunningServer server;

  @BeforeEach
  void start() {
    server = RunningServer.start(data);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private JsonNode json(String adminPath) throws Exception {
    return new ObjectMapper().readTree(server.get(adminPath).body());
  }

  @Test
  void aFreshServerGetsTheTenantPhonesAndFilesAndEachPhoneItsOwnLines() throws Exception {
    List<String> created = new DemoContent(server.server().operations()).ensure();

    assertThat(created)
        .containsExactly(
            "tenant demo",
            "device 0004f2000001",
            "device 0004f2000002",
            "device 0004f2000003",
            "file 000000000000.cfg",
            "file [PHONE_MAC_ADDRESS]-lines.cfg",
            "file site.cfg",
            "file overrides/0004f2000001-phone.cfg",
            "file shared/sip.ld");
    for (DemoContent.Phone phone : DemoContent.PHONES) {
      String lines =
          new String(
              server.asPhone("/demo/" + phone.mac() + "-lines.cfg").body(), StandardCharsets.UTF_8);
      assertThat(lines)
          .contains("reg.1.displayName=\"" + phone.label() + "\"")
          .contains("reg.1.address=\"" + phone.variables().get("extension") + "\"");
    }
    assertThat(new String(server.asPhone("/demo/sip.ld").body(), StandardCharsets.UTF_8))
        .startsWith("UCPROV DEMO PLACEHOLDER");
  }

  @Test
  void aSecondRunCreatesNothingAndAddsNoVersion() throws Exception {
    DemoContent demo = new DemoContent(server.server().operations());
    demo.ensure();

    assertThat(demo.ensure()).isEmpty();
    assertThat(json("/api/v1/tenants/demo/files/site.cfg?versions").path("versions")).hasSize(1);
    assertThat(json("/api/v1/tenants/demo/devices").path("total").asInt()).isEqualTo(3);
  }

  @Test
  void theOperatorsViewShowsTheOverrideWinningAndNoLintError() throws Exception {
    new DemoContent(server.server().operations()).ensure();

    JsonNode effective = json("/api/v1/tenants/demo/devices/0004f2000001/effective-config");
    assertThat(
            effective
                .path("parameters")
                .path("voice.volume.persist.handsfree")
                .path("source")
                .asText())
        .isEqualTo("overrides/0004f2000001-phone.cfg");
    assertThat(effective.path("parameters").path("tcpIpApp.sntp.gmtOffset").path("value").asText())
        .isEqualTo("3600");
    JsonNode findings = json("/api/v1/tenants/demo/lint").path("findings");
    assertThat(findings.findValuesAsText("severity")).doesNotContain("error");
  }

  @Test
  void theInstructionsNameTheRealPortsAndTheToken() {
    List<String> lines =
        DemoInstructions.lines(
            URI.create("http://127.0.0.1:41001"),
            URI.create("http://127.0.0.1:41002"),
            new AdminToken("tok", AdminToken.Origin.GENERATED));

    assertThat(lines)
        .contains(
            "  curl -A 'FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application'"
                + " http://127.0.0.1:41001/demo/0004f2000001-lines.cfg",
            "  export UCPROV_ADMIN_TOKEN=tok",
            "  curl -H \"Authorization: Bearer $UCPROV_ADMIN_TOKEN\""
                + " http://127.0.0.1:41002/api/v1/tenants/demo/devices/0004f2000001/effective-config");
  }
}
