package dev.ucprov.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.access.Proof;
import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.effective.EffectiveParameter;
import dev.ucprov.core.lint.Linter;
import dev.ucprov.core.operator.DeviceCatalog;
import dev.ucprov.core.operator.DeviceForm;
import dev.ucprov.core.operator.FileLibrary;
import dev.ucprov.core.operator.Inspection;
import dev.ucprov.core.operator.Outcome;
import dev.ucprov.core.operator.TenantCatalog;
import dev.ucprov.core.operator.TenantForm;
import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.FileRequest;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.RenderCache;
import dev.ucprov.core.provisioning.ServedFiles;
import dev.ucprov.core.provisioning.ServerUrls;
import dev.ucprov.core.provisioning.SightingSink;
import dev.ucprov.core.testing.InMemoryStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real service and operator operations with the Pebble renderer, over in-memory stores. */
class ProvisioningWithPebbleTest {

  private final InMemoryStore store = new InMemoryStore();
  private final PebbleTemplateRenderer renderer = new PebbleTemplateRenderer();
  private final RenderCache cache = RenderCache.standard();
  private final ServedFiles served =
      new ServedFiles(
          store.devices(),
          store.files(),
          store.blobs(),
          renderer,
          cache,
          new ServerUrls("http://prov.example:8080", ""),
          Clock.systemUTC());
  private final ProvisioningService service =
      new ProvisioningService(store.tenants(), served, SightingSink.discard(), Clock.systemUTC());
  private final FileLibrary library =
      new FileLibrary(store.tenants(), store.files(), store.blobs(), renderer);
  private final DeviceCatalog devices =
      new DeviceCatalog(store.tenants(), store.devices(), store.inventory());

  @BeforeEach
  void acme() throws IOException {
    new TenantCatalog(store.tenants())
        .put("acme", new TenantForm("Acme & Sons", null, null, Map.of("sip", "sip.acme.example")));
    devices.put("acme", "0004f2000001", form("201", "Zoë's \"desk\""));
    devices.put("acme", "0004f2000002", DeviceForm.empty());
    put(
        "000000000000.cfg",
        "<APPLICATION APP_FILE_PATH=\"sip.ld\" CONFIG_FILES=\"[PHONE_MAC_ADDRESS]-lines.cfg\"/>",
        false);
    put(
        "[PHONE_MAC_ADDRESS]-lines.cfg",
        """
        <polycomConfig>
          <reg reg.1.address="{{ device.variables.line | required }}@{{ tenant.variables.sip }}"
               reg.1.label="{{ device.label }}" note="{{ tenant.name }}"
               prov="{{ server.httpUrl }}/sip.ld"/>
        </polycomConfig>
        """,
        true);
  }

  @Test
  void aPerDeviceTemplateIsServedRenderedAndEscaped() {
    String text = text(fetch("acme/0004f2000001-lines.cfg"));

    assertThat(text)
        .contains("reg.1.address=\"201@sip.acme.example\"")
        .contains("reg.1.label=\"Zoë&apos;s &quot;desk&quot;\"")
        .contains("note=\"Acme &amp; Sons\"")
        .contains("prov=\"http://prov.example:8080/acme/sip.ld\"");
  }

  @Test
  void aDeviceWithoutTheRequiredValueGetsAFailureAndOthersTheirFile() {
    FileReply failed = fetch("acme/0004f2000002-lines.cfg");

    assertThat(failed)
        .isInstanceOfSatisfying(
            FileReply.RenderFailed.class,
            f -> assertThat(f.reason()).contains("line 2", "required", "00:04:f2:00:00:02"));
    assertThat(fetch("acme/0004f2000001-lines.cfg")).isInstanceOf(FileReply.Served.class);
    assertThat(fetch("acme/000000000000.cfg")).isInstanceOf(FileReply.Served.class);
  }

  @Test
  void aTemplateThatDoesNotCompileIsRefusedAtUploadAndTheOldOneStillServes() throws IOException {
    Outcome<?> refused =
        library.put(
            Optional.of("acme"),
            "[PHONE_MAC_ADDRESS]-lines.cfg",
            body("<a>\n{% if device.mac %}\n</a>"),
            true);

    assertThat(refused)
        .isInstanceOfSatisfying(
            Outcome.Invalid.class,
            i -> assertThat(i.message()).startsWith("body: the template does not compile at line"));
    assertThat(text(fetch("acme/0004f2000001-lines.cfg"))).contains("201@");
  }

  @Test
  void aChangedDeviceIsRenderedAgain() {
    text(fetch("acme/0004f2000001-lines.cfg"));
    devices.put("acme", "0004f2000001", form("299", "desk"));

    assertThat(text(fetch("acme/0004f2000001-lines.cfg"))).contains("299@");
    assertThat(cache.misses()).isEqualTo(2);
  }

  @Test
  void theEffectiveConfigIsWhatTheServerServes() {
    Inspection inspection =
        new Inspection(
            store.tenants(),
            devices,
            store.inventory(),
            served,
            new EffectiveConfigResolver(new ConfigReader()),
            Linter.standard());

    Outcome<EffectiveConfig> outcome = inspection.effectiveConfig("acme", "0004f2000001");

    EffectiveConfig config = ((Outcome.Ok<EffectiveConfig>) outcome).value();
    assertThat(config.parameter("reg.1.label"))
        .map(EffectiveParameter::value)
        .contains("Zoë's \"desk\"");
    assertThat(config.parameter("reg.1.address"))
        .map(EffectiveParameter::value)
        .contains("201@sip.acme.example");
  }

  private FileReply fetch(String path) {
    return service.fetch(
        new FileRequest(Protocol.HTTP, Optional.empty(), path, "192.0.2.1", "test", Proof.none()));
  }

  private void put(String path, String text, boolean template) throws IOException {
    assertThat(library.put(Optional.of("acme"), path, body(text), template))
        .isInstanceOf(Outcome.Created.class);
  }

  private static DeviceForm form(String line, String label) {
    return new DeviceForm(Optional.of("VVX_410"), Optional.of(label), Map.of("line", line), null);
  }

  private static ByteArrayInputStream body(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(FileReply reply) {
    assertThat(reply).isInstanceOf(FileReply.Served.class);
    FileReply.Body body = ((FileReply.Served) reply).body();
    return new String(((FileReply.Body.Bytes) body).content(), StandardCharsets.UTF_8);
  }
}
