package dev.ucprov.core.lint;

import static dev.ucprov.core.lint.TreeFixture.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettingRulesTest {

  private static final TreeFixture CLEAN = TreeFixture.wellConfigured();

  /** Both site files (generic and VVX410) replaced by the same text. */
  private static TreeFixture sites(String text) {
    return CLEAN.with("site.cfg", text).with("vvx410/site.cfg", text);
  }

  private static String site(String polling) {
    return config(
        "<httpd httpd.cfg.enabled=\"0\"/>",
        polling,
        "<device device.set=\"1\" device.prov.serverType=\"3\""
            + " device.prov.serverType.set=\"1\"/>");
  }

  @Test
  void pollingTurnedOffIsReportedWhereItIsTurnedOff() {
    var fixture = CLEAN.with("site.cfg", site("<prov prov.polling.enabled=\"0\"/>"));

    assertThat(fixture.findings("polling-disabled"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.file()).isEqualTo("site.cfg");
          assertThat(f.line()).isEqualTo(4);
          assertThat(f.message()).contains("prov.polling.enabled=\"0\"", "check-sync");
        });
    assertThat(CLEAN.findings("polling-disabled")).isEmpty();
  }

  @Test
  void pollingNeverSetIsReportedAtTheMaster() {
    var fixture = sites(site("<prov prov.polling.time=\"03:00\"/>"));

    assertThat(fixture.findings("polling-disabled"))
        .extracting(Finding::file, Finding::line)
        .containsExactly(
            tuple("000000000000.cfg", TreeFixture.CONFIG_FILES_LINE),
            tuple("000000000000.cfg", TreeFixture.VVX410_CONFIG_FILES_LINE));
    assertThat(fixture.findings("polling-disabled").getFirst().message())
        .contains("off (the default)");
  }

  @Test
  void relativePollingEveryHourIsTooOften() {
    var fixture =
        CLEAN.with(
            "site.cfg",
            site(
                "<prov prov.polling.enabled=\"1\" prov.polling.mode=\"rel\""
                    + " prov.polling.period=\"3600\"/>"));

    assertThat(fixture.findings("polling-period-too-short"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.file()).isEqualTo("site.cfg");
          assertThat(f.line()).isEqualTo(4);
          assertThat(f.message()).contains("\"3600\"", "over 3600");
        });
  }

  @Test
  void relativePollingOverAnHourIsFine() {
    var fixture =
        CLEAN.with(
            "site.cfg",
            site(
                "<prov prov.polling.enabled=\"1\" prov.polling.mode=\"rel\""
                    + " prov.polling.period=\"7200\"/>"));

    assertThat(fixture.findings("polling-period-too-short")).isEmpty();
    assertThat(CLEAN.findings("polling-period-too-short")).isEmpty();
  }

  @Test
  void deviceSettingsWithoutDeviceSetAreIgnored() {
    var fixture =
        sites(
            config(
                "<httpd httpd.cfg.enabled=\"0\" prov.polling.enabled=\"1\"/>",
                "<device device.sntp.serverName=\"ntp.example.com\""
                    + " device.sntp.serverName.set=\"1\"/>"));

    assertThat(fixture.findings("device-set-missing"))
        .extracting(Finding::file, Finding::line, Finding::severity)
        .containsExactlyInAnyOrder(
            tuple("site.cfg", 4, Severity.WARNING), tuple("vvx410/site.cfg", 4, Severity.WARNING));
    assertThat(fixture.findings("device-set-missing").getFirst().message())
        .contains("device.sntp.serverName", "device.set=\"1\"");
    assertThat(CLEAN.findings("device-set-missing")).isEmpty();
  }

  @Test
  void deviceSetZeroIsReportedOnItsOwnLine() {
    var fixture =
        CLEAN.with("site.cfg", TreeFixture.SITE.replace("device.set=\"1\"", "device.set=\"0\""));

    assertThat(fixture.findings("device-set-missing"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.file()).isEqualTo("site.cfg");
          assertThat(f.line()).isEqualTo(5);
          assertThat(f.message()).contains("device.set=\"0\"", "device.prov.serverType");
        });
  }

  @Test
  void deviceSettingWithoutItsOwnFlagIsIgnored() {
    var fixture =
        CLEAN.with("site.cfg", TreeFixture.SITE.replace(" device.prov.serverType.set=\"1\"", ""));

    List<Finding> findings = fixture.findings("device-flag-missing");

    assertThat(findings).singleElement();
    Finding f = findings.getFirst();
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.file()).isEqualTo("site.cfg");
    assertThat(f.line()).isEqualTo(5);
    assertThat(f.message()).contains("device.prov.serverType.set is not set");
    assertThat(CLEAN.findings("device-flag-missing")).isEmpty();
  }

  @Test
  void deviceFlagSetToZeroSaysWhere() {
    var fixture =
        CLEAN.with(
            "site.cfg",
            TreeFixture.SITE.replace(
                "device.prov.serverType.set=\"1\"", "device.prov.serverType.set=\"0\""));

    assertThat(fixture.findings("device-flag-missing"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("=\"0\" at site.cfg:5"));
  }

  @Test
  void conflictingValuesNameTheWinner() {
    var fixture =
        CLEAN.with(
            "features.cfg",
            config(
                "<feature feature.presence.enabled=\"1\"/>",
                "<prov prov.polling.time=\"04:00\"/>"));

    List<Finding> findings = fixture.findings("conflicting-values");

    // features.cfg loses in both lists: to site.cfg generically, to vvx410/site.cfg for VVX410.
    assertThat(findings)
        .extracting(Finding::severity, Finding::file, Finding::line)
        .containsOnly(tuple(Severity.INFO, "features.cfg", 4));
    assertThat(findings)
        .extracting(Finding::message)
        .satisfiesExactlyInAnyOrder(
            m -> assertThat(m).contains("\"04:00\"", "\"03:00\" at site.cfg:4", "leftmost wins"),
            m -> assertThat(m).contains("\"03:00\" at vvx410/site.cfg:4"));
    assertThat(CLEAN.findings("conflicting-values")).isEmpty();
  }

  @Test
  void conflictingSecretsAreNotPrinted() {
    var fixture =
        CLEAN
            .with(
                "site.cfg",
                TreeFixture.SITE.replace("<httpd ", "<httpd apps.push.password=\"a1\" "))
            .with("features.cfg", config("<apps apps.push.password=\"b2\"/>"));

    assertThat(fixture.findings("conflicting-values"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).doesNotContain("a1", "b2").contains("***"));
  }

  @Test
  void sameValueInTwoFilesIsNoConflict() {
    var fixture = CLEAN.with("features.cfg", config("<prov prov.polling.time=\"03:00\"/>"));

    assertThat(fixture.findings("conflicting-values")).isEmpty();
  }
}
