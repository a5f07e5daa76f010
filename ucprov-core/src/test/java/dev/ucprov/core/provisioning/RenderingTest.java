package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RenderingTest {

  private final Served served = new Served();

  @BeforeEach
  void acme() {
    served.tenant("acme", Map.of("sip", "sip.acme.example"), "acme.prov.example");
    served.device("acme", "0004f2000001", Map.of("line", "201"));
    served.device("acme", "0004f2000002", Map.of());
    served.template(
        "acme",
        "[PHONE_MAC_ADDRESS]-lines.cfg",
        "<c reg.1.address=\"{{ device.variables.line! }}\" srv=\"{{ tenant.variables.sip }}\"/>");
    served.template(
        "acme",
        "[PHONE_MAC_ADDRESS].cfg",
        "{{ device.model }} {{ tenant.name }} {{ server.httpUrl }}");
    served.template("acme", "site.cfg", "site of {{ tenant.id }} for [{{ device.mac }}]");
    served.clock.advance(Duration.ofMinutes(1));
  }

  @Test
  void aTemplateSeesTheDeviceTheTenantAndTheServer() {
    assertThat(served.text(served.get("acme/0004f2000001.cfg")))
        .isEqualTo("VVX_410 Tenant acme http://prov.example:8080/acme");
    assertThat(served.text(served.get("acme.prov.example", "0004f2000001.cfg")))
        .isEqualTo("VVX_410 Tenant acme http://acme.prov.example:8080");
    assertThat(served.text(served.get("acme/0004f2000001-lines.cfg")))
        .isEqualTo("<c reg.1.address=\"201\" srv=\"sip.acme.example\"/>");
  }

  @Test
  void aTemplateNamingNoMacRendersWithoutADevice() {
    assertThat(served.text(served.get("acme/site.cfg"))).isEqualTo("site of acme for []");
  }

  @Test
  void aRenderedFileHasTheHashOfItsBytesTheRenderTimeAndItsType() {
    FileReply.Served reply = (FileReply.Served) served.get("acme/0004f2000001-lines.cfg");

    byte[] bytes = served.bytes(reply.body());
    assertThat(reply.etag()).isEqualTo(Sha256.of(bytes));
    assertThat(reply.lastModified()).isEqualTo(Served.T0.plus(Duration.ofMinutes(1)));
    assertThat(reply.contentType()).isEqualTo("application/xml");
    assertThat(reply.body()).isInstanceOf(FileReply.Body.Bytes.class);
  }

  @Test
  void aFailingRenderConcernsOnlyThatDevice() {
    FileReply failed = served.get("acme/0004f2000002-lines.cfg");

    assertThat(failed).isInstanceOf(FileReply.RenderFailed.class);
    FileReply.RenderFailed why = (FileReply.RenderFailed) failed;
    assertThat(why.path()).isEqualTo("0004f2000002-lines.cfg");
    assertThat(why.reason())
        .contains("[PHONE_MAC_ADDRESS]-lines.cfg", "line 1", "device.variables.line")
        .contains("00:04:f2:00:00:02", "acme");
    assertThat(why.routing().mac()).contains(MacAddress.parse("0004f2000002"));
    assertThat(served.text(served.get("acme/0004f2000001-lines.cfg"))).contains("201");
    assertThat(served.text(served.get("acme/0004f2000002.cfg"))).startsWith("VVX_410");
  }

  @Test
  void aFailureIsNotCachedSoFixingTheDeviceServesIt() {
    served.get("acme/0004f2000002-lines.cfg");
    served.device("acme", "0004f2000002", Map.of("line", "202"));

    assertThat(served.text(served.get("acme/0004f2000002-lines.cfg"))).contains("\"202\"");
  }

  @Test
  void aSecondRequestIsAHitAndRendersNothing() {
    FileReply first = served.get("acme/0004f2000001-lines.cfg");
    int renders = served.renderer.renders();
    int reads = served.store.blobs().reads();

    FileReply second = served.get("acme/0004f2000001-lines.cfg");

    assertThat(second).isEqualTo(first);
    assertThat(served.renderer.renders()).isEqualTo(renders);
    assertThat(served.store.blobs().reads()).isEqualTo(reads);
    assertThat(served.cache.hits()).isEqualTo(1);
    assertThat(served.cache.misses()).isEqualTo(1);
  }

  @Test
  void changingTheTemplateMissesTheCache() {
    served.get("acme/0004f2000001-lines.cfg");

    served.template("acme", "[PHONE_MAC_ADDRESS]-lines.cfg", "new {{ device.variables.line }}");

    assertThat(served.text(served.get("acme/0004f2000001-lines.cfg"))).isEqualTo("new 201");
    assertThat(served.cache.misses()).isEqualTo(2);
  }

  @Test
  void changingTheDeviceMissesTheCacheAndMovesLastModified() {
    FileReply.Served before = (FileReply.Served) served.get("acme/0004f2000001-lines.cfg");
    served.clock.advance(Duration.ofSeconds(30));

    served.device("acme", "0004f2000001", Map.of("line", "299"));
    FileReply.Served after = (FileReply.Served) served.get("acme/0004f2000001-lines.cfg");

    assertThat(served.text(after)).contains("\"299\"");
    assertThat(after.etag()).isNotEqualTo(before.etag());
    assertThat(after.lastModified()).isAfter(before.lastModified());
    assertThat(served.cache.misses()).isEqualTo(2);
  }

  @Test
  void changingTheTenantMissesTheCache() {
    served.get("acme/0004f2000001-lines.cfg");

    served.tenant("acme", Map.of("sip", "sip2.acme.example"), "acme.prov.example");

    assertThat(served.text(served.get("acme/0004f2000001-lines.cfg")))
        .contains("sip2.acme.example");
    assertThat(served.cache.hits()).isZero();
  }

  @Test
  void aChangeOfAnotherDeviceKeepsTheHit() {
    served.get("acme/0004f2000001-lines.cfg");

    served.device("acme", "0004f2000002", Map.of("line", "999"));
    served.get("acme/0004f2000001-lines.cfg");

    assertThat(served.cache.hits()).isEqualTo(1);
  }

  @Test
  void theSameTemplateReachedByHostAndByPrefixIsCachedApart() {
    served.get("acme/0004f2000001.cfg");
    served.get("acme.prov.example", "0004f2000001.cfg");

    assertThat(served.cache.misses()).isEqualTo(2);
    assertThat(served.cache.size()).isEqualTo(2);
  }

  @Test
  void theCacheKeepsTheMostRecentlyUsedWithinItsBounds() {
    RenderCache cache = new RenderCache(2, 10);
    RenderCache.Key a = key("a");
    RenderCache.Key b = key("b");
    RenderCache.Key c = key("c");
    cache.put(a, entry("1234"));
    cache.put(b, entry("1234"));
    cache.get(a);
    cache.put(c, entry("1234"));

    assertThat(cache.get(b)).isEmpty();
    assertThat(cache.get(a)).isPresent();
    assertThat(cache.size()).isEqualTo(2);

    cache.put(key("big"), entry("12345678"));
    assertThat(cache.size()).isEqualTo(1);
    cache.put(key("too big"), entry("12345678901"));
    assertThat(cache.get(key("too big"))).isEmpty();
  }

  private static RenderCache.Key key(String sha) {
    var tenant =
        new dev.ucprov.core.tenant.Tenant(
            new dev.ucprov.core.tenant.TenantId("acme"),
            "Acme",
            List.of(),
            Optional.empty(),
            Map.of());
    return new RenderCache.Key(
        sha,
        Optional.<Device>empty(),
        tenant,
        new dev.ucprov.core.template.RenderContext.ServerValues("", ""));
  }

  private static RenderCache.Entry entry(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new RenderCache.Entry(bytes, Sha256.of(bytes), Served.T0);
  }
}
