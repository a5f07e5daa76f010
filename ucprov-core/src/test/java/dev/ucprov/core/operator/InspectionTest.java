package dev.ucprov.core.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.effective.EffectiveParameter;
import dev.ucprov.core.lint.Finding;
import dev.ucprov.core.lint.Linter;
import dev.ucprov.core.provisioning.RenderCache;
import dev.ucprov.core.provisioning.ServedFiles;
import dev.ucprov.core.provisioning.ServerUrls;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.testing.PlaceholderRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InspectionTest {

  private final InMemoryStore store = new InMemoryStore();
  private final PlaceholderRenderer renderer = new PlaceholderRenderer();
  private final FileLibrary library =
      new FileLibrary(store.tenants(), store.files(), store.blobs(), renderer);
  private final DeviceCatalog devices =
      new DeviceCatalog(store.tenants(), store.devices(), store.inventory());
  private final Inspection inspection =
      new Inspection(
          store.tenants(),
          devices,
          store.inventory(),
          new ServedFiles(
              store.devices(),
              store.files(),
              store.blobs(),
              renderer,
              RenderCache.standard(),
              new ServerUrls("http://prov.example", ""),
              Clock.systemUTC()),
          new EffectiveConfigResolver(new ConfigReader()),
          Linter.standard());

  @BeforeEach
  void acme() throws IOException {
    new TenantCatalog(store.tenants()).put("acme", new TenantForm("Acme", null, null, null));
    devices.put("acme", "0004f2000001", new DeviceForm(null, null, Map.of("line", "201"), null));
    put(
        "000000000000.cfg",
        "<APPLICATION APP_FILE_PATH=\"sip.ld\" CONFIG_FILES=\"[PHONE_MAC_ADDRESS]-lines.cfg\"/>",
        false);
    put(
        "[PHONE_MAC_ADDRESS]-lines.cfg",
        "<l reg.1.address=\"{{ device.variables.line }}\" prov.url=\"{{ server.httpUrl }}\"/>",
        true);
  }

  @Test
  void effectiveConfigIsComputedFromWhatTheDeviceIsServed() {
    Outcome<EffectiveConfig> outcome = inspection.effectiveConfig("acme", "00:04:F2:00:00:01");

    assertThat(outcome).isInstanceOf(Outcome.Ok.class);
    EffectiveConfig config = ((Outcome.Ok<EffectiveConfig>) outcome).value();
    assertThat(config.configFiles()).containsExactly("0004f2000001-lines.cfg");
    assertThat(config.parameter("reg.1.address")).map(EffectiveParameter::value).contains("201");
    assertThat(config.parameter("prov.url"))
        .map(EffectiveParameter::value)
        .contains("http://prov.example/acme");
  }

  @Test
  void anUnknownDeviceOrTenantIsNotFoundAndABadMacInvalid() {
    assertThat(inspection.effectiveConfig("acme", "0004f2000002"))
        .isInstanceOf(Outcome.NotFound.class);
    assertThat(inspection.effectiveConfig("nobody", "0004f2000001"))
        .isInstanceOf(Outcome.NotFound.class);
    assertThat(inspection.effectiveConfig("acme", "nope")).isInstanceOf(Outcome.Invalid.class);
    assertThat(inspection.lint("nobody")).isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void lintSeesTheTenantsFilesAsServed() {
    Outcome<List<Finding>> outcome = inspection.lint("acme");

    assertThat(outcome).isInstanceOf(Outcome.Ok.class);
    List<Finding> findings = ((Outcome.Ok<List<Finding>>) outcome).value();
    assertThat(findings).extracting(Finding::rule).contains("missing-firmware");
    assertThat(findings).extracting(Finding::rule).doesNotContain("missing-master");
  }

  @Test
  void lintSaysWhenTheTenantIsOpen() {
    assertThat(((Outcome.Ok<List<Finding>>) inspection.lint("acme")).value())
        .filteredOn(f -> f.rule().equals("tenant-open"))
        .hasSize(1);

    new TenantCatalog(store.tenants())
        .put(
            "acme",
            new TenantForm("Acme", null, Optional.of(new CredentialsForm("boss", "pw")), null));

    assertThat(((Outcome.Ok<List<Finding>>) inspection.lint("acme")).value())
        .extracting(Finding::rule)
        .doesNotContain("tenant-open");
  }

  private void put(String path, String text, boolean template) throws IOException {
    Outcome<?> outcome =
        library.put(
            Optional.of("acme"),
            path,
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            template);
    assertThat(outcome).isInstanceOf(Outcome.Created.class);
  }
}
