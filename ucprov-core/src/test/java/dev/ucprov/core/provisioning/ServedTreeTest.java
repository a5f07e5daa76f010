package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.effective.EffectiveParameter;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.lint.Finding;
import dev.ucprov.core.lint.Linter;
import dev.ucprov.core.tenant.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServedTreeTest {

  private static final String MASTER =
      "<APPLICATION APP_FILE_PATH=\"sip.ld\""
          + " CONFIG_FILES=\"[PHONE_MAC_ADDRESS]-lines.cfg, site.cfg\"/>";

  private final Served served = new Served();
  private Tenant acme;
  private Device one;

  @BeforeEach
  void acme() {
    acme = served.tenant("acme", Map.of("sip", "sip.acme.example"));
    one = served.device("acme", "0004f2000001", Map.of("line", "201"));
    served.device("acme", "0004f2000002", Map.of());
    served.shared("000000000000.cfg", MASTER);
    served.shared("sip.ld", "firmware");
    served.shared(
        "site.cfg",
        "<site voIpProt.server.1.address=\"shared.example\" tcpIpApp.sntp.address=\"pool.ntp.org\"/>");
    served.template(
        "acme", "site.cfg", "<site voIpProt.server.1.address=\"{{ tenant.variables.sip }}\"/>");
    served.template(
        "acme",
        "[PHONE_MAC_ADDRESS]-lines.cfg",
        "<lines reg.1.address=\"{{ device.variables.line! }}\" reg.1.label=\"{{ device.label }}\"/>");
    served.file("acme", "0004f2000002-phone.cfg", "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>");
  }

  @Test
  void aDeviceTreeReadsExactlyWhatFetchServes() {
    ServedTree tree = served.files.deviceTree(acme, one);

    for (String path : tree.paths()) {
      FileReply reply = served.get("acme/" + path);
      assertThat(tree.read(path))
          .as(path)
          .hasValueSatisfying(bytes ->
              assertThat(bytes).isEqualTo(served.bytes(((FileReply.Served) reply).body())));
    }
  }

  @Test
  void aDeviceTreeListsItsOwnPerDeviceNamesAndHidesOtherPhonesFiles() {
    ServedTree tree = served.files.deviceTree(acme, one);

    assertThat(tree.paths())
        .containsExactly("000000000000.cfg", "0004f2000001-lines.cfg", "sip.ld", "site.cfg");
    assertThat(tree.read("0004f2000002-phone.cfg")).isEmpty();
    assertThat(tree.read("0004f2000002-lines.cfg")).isEmpty();
  }

  @Test
  void effectiveConfigThroughTheDeviceTreeSeesRenderedFilesAndTenantShadowing() {
    EffectiveConfigResolver resolver = new EffectiveConfigResolver(new ConfigReader());

    EffectiveConfig config =
        resolver.resolve(served.files.deviceTree(acme, one), one.mac(), one.model());

    assertThat(config.masterFile()).contains("000000000000.cfg");
    assertThat(config.configFiles()).containsExactly("0004f2000001-lines.cfg", "site.cfg");
    assertThat(config.parameter("reg.1.address")).map(EffectiveParameter::value).contains("201");
    assertThat(config.parameter("reg.1.label"))
        .map(EffectiveParameter::value)
        .contains("desk 0004f2000001");
    assertThat(config.parameter("voIpProt.server.1.address"))
        .map(EffectiveParameter::value)
        .contains("sip.acme.example");
    assertThat(config.parameter("tcpIpApp.sntp.address")).isEmpty();
    assertThat(config.missingFiles())
        .extracting(missing -> missing.path())
        .doesNotContain("0004f2000001-lines.cfg", "site.cfg");
  }

  @Test
  void aTemplateFailingForTheDeviceIsListedUnreadableWithItsReason() {
    Device two = served.store.devices().find(MacAddress.parse("0004f2000002")).orElseThrow();
    ServedTree tree = served.files.deviceTree(acme, two);

    assertThat(tree.paths()).contains("0004f2000002-lines.cfg", "0004f2000002-phone.cfg");
    assertThat(tree.read("0004f2000002-lines.cfg")).isEmpty();
    assertThat(tree.failures()).containsOnlyKeys("0004f2000002-lines.cfg");
    assertThat(tree.failures().get("0004f2000002-lines.cfg").reason()).contains("line 1");
    assertThat(tree.read("0004f2000002-phone.cfg")).isPresent();
  }

  @Test
  void theTenantTreeShowsPerDeviceFilesAsTheFirstDeviceGetsThemAndEveryOtherFile() {
    ServedTree tree = served.files.tenantTree(acme);

    assertThat(tree.paths())
        .containsExactly(
            "000000000000.cfg",
            "0004f2000001-lines.cfg",
            "0004f2000002-phone.cfg",
            "sip.ld",
            "site.cfg");
    assertThat(tree.read("0004f2000001-lines.cfg"))
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .hasValueSatisfying(text -> assertThat(text).contains("201"));

    List<Finding> findings = Linter.standard().lint(tree);
    assertThat(findings).extracting(Finding::rule).doesNotContain("missing-config-file");
  }

  @Test
  void aTenantWithoutDevicesLeavesPerDeviceFilesOut() {
    Tenant empty = served.tenant("empty");
    served.template("empty", "[PHONE_MAC_ADDRESS].cfg", "x");

    assertThat(served.files.tenantTree(empty).paths())
        .containsExactly("000000000000.cfg", "sip.ld", "site.cfg");
    assertThat(served.files.tenantTree(empty).read("[PHONE_MAC_ADDRESS].cfg")).isEmpty();
    assertThat(Optional.of(empty.id().value())).contains("empty");
  }
}
