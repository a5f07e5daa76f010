package dev.ucprov.core.lint;

import static dev.ucprov.core.lint.TreeFixture.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityRulesTest {

  private static final TreeFixture CLEAN = TreeFixture.wellConfigured();

  /** The single finding of a rule, with its id, severity, file and line checked. */
  private static Finding only(
      TreeFixture fixture, String rule, Severity severity, String file, int line) {
    List<Finding> findings = fixture.findings(rule);
    assertThat(findings).as(rule).hasSize(1);
    Finding f = findings.getFirst();
    assertThat(f.severity()).isEqualTo(severity);
    assertThat(f.file()).isEqualTo(file);
    assertThat(f.line()).isEqualTo(line);
    return f;
  }

  @Test
  void webUiSetToOneIsReportedWhereItIsSet() {
    var fixture =
        CLEAN.with("site.cfg", TreeFixture.SITE.replace("enabled=\"0\"", "enabled=\"1\""));

    Finding f = only(fixture, "web-ui-enabled", Severity.WARNING, "site.cfg", 3);
    assertThat(f.message()).contains("httpd.cfg.enabled=\"1\"", "set httpd.cfg.enabled=\"0\"");
    assertThat(CLEAN.findings("web-ui-enabled")).isEmpty();
  }

  @Test
  void webUiNeverSetPointsAtTheMasterBecauseTheDefaultIsOn() {
    var fixture =
        CLEAN
            .with("site.cfg", TreeFixture.SITE.replace("httpd.cfg.enabled", "httpd.cfg.port"))
            .with(
                "vvx410/site.cfg", TreeFixture.SITE.replace("httpd.cfg.enabled", "httpd.cfg.port"));

    List<Finding> findings = fixture.findings("web-ui-enabled");

    assertThat(findings)
        .extracting(Finding::file, Finding::line)
        .containsExactly(
            tuple("000000000000.cfg", TreeFixture.CONFIG_FILES_LINE),
            tuple("000000000000.cfg", TreeFixture.VVX410_CONFIG_FILES_LINE));
    assertThat(findings.getFirst().message()).contains("on by default");
    assertThat(findings.get(1).message()).contains("for VVX410 phones");
  }

  @Test
  void webUiOffInAPerPhoneFileCountsAsSet() {
    var fixture =
        CLEAN
            .with("site.cfg", config("<prov prov.polling.enabled=\"1\"/>"))
            .with("vvx410/site.cfg", config("<prov prov.polling.enabled=\"1\"/>"))
            .with(
                "0004f2aabbcc-secrets.cfg",
                config("<httpd httpd.cfg.enabled=\"0\"/>", "<device device.set=\"1\"/>"));

    assertThat(fixture.findings("web-ui-enabled")).isEmpty();
  }

  @Test
  void factoryAdminAndUserPasswordsAreErrors() {
    var fixture =
        CLEAN.with(
            "0004f2aabbcc-secrets.cfg",
            config(
                "<device device.auth.localAdminPassword=\"456\""
                    + " device.auth.localAdminPassword.set=\"1\"/>",
                "<device device.auth.localUserPassword=\"123\""
                    + " device.auth.localUserPassword.set=\"1\"/>"));

    List<Finding> findings = fixture.findings("default-admin-password");

    assertThat(findings).extracting(Finding::line).containsExactly(3, 4);
    assertThat(findings).allMatch(f -> f.severity() == Severity.ERROR);
    assertThat(findings.getFirst().message()).contains("localAdminPassword", "\"456\"");
    assertThat(findings.get(1).message()).contains("localUserPassword", "\"123\"");
    assertThat(CLEAN.findings("default-admin-password")).isEmpty();
  }

  @Test
  void factoryProvisioningLoginInAConfigFile() {
    var fixture =
        CLEAN.with(
            "0004f2aabbcc-secrets.cfg",
            config("<device device.prov.user=\"PlcmSpIp\" device.prov.user.set=\"1\"/>"));

    Finding f =
        only(
            fixture,
            "default-provisioning-credentials",
            Severity.ERROR,
            "0004f2aabbcc-secrets.cfg",
            3);
    assertThat(f.message()).contains("device.prov.user", "PlcmSpIp");
    assertThat(CLEAN.findings("default-provisioning-credentials")).isEmpty();
  }

  @Test
  void factoryProvisioningLoginInAMasterUrl() {
    var fixture =
        CLEAN.with(
            "000000000000.cfg",
            TreeFixture.MASTER.replace(
                "LOG_FILE_DIRECTORY=\"logs\"",
                "LOG_FILE_DIRECTORY=\"https://PlcmSpIp:PlcmSpIp@logs.example.com/up\""));

    Finding f =
        only(fixture, "default-provisioning-credentials", Severity.ERROR, "000000000000.cfg", 5);
    assertThat(f.message()).contains("LOG_FILE_DIRECTORY", "PlcmSpIp:PlcmSpIp");
  }

  @Test
  void passwordInASharedFileIsACleartextSecret() {
    var fixture =
        CLEAN.with(
            "features.cfg",
            config("<apps apps.push.username=\"push\" apps.push.password=\"hunter22\"/>"));

    Finding f =
        only(fixture, "cleartext-secret-in-shared-file", Severity.WARNING, "features.cfg", 3);
    assertThat(f.message()).contains("apps.push.password", "[PHONE_MAC_ADDRESS]");
    assertThat(f.message()).doesNotContain("hunter22");
    assertThat(CLEAN.findings("cleartext-secret-in-shared-file")).isEmpty();
  }

  @Test
  void emptyPasswordIsNoSecret() {
    var fixture = CLEAN.with("features.cfg", config("<reg reg.1.auth.password=\"\"/>"));

    assertThat(fixture.findings("cleartext-secret-in-shared-file")).isEmpty();
  }

  @Test
  void passwordLikeNamesAreRecognised() {
    assertThat(Settings.isSecret("reg.1.auth.password")).isTrue();
    assertThat(Settings.isSecret("device.auth.localAdminPassword")).isTrue();
    assertThat(Settings.isSecret("voIpProt.server.1.pwd")).isTrue();
    assertThat(Settings.isSecret("device.sec.configEncryption.key")).isTrue();
    assertThat(Settings.isSecret("device.prov.password.set")).isFalse();
    assertThat(Settings.isSecret("reg.1.auth.userId")).isFalse();
  }

  @Test
  void clearTextUrlInTheMasterIsInsecureTransport() {
    var fixture =
        CLEAN.with(
            "000000000000.cfg",
            TreeFixture.MASTER.replace(
                "CONTACTS_DIRECTORY=\"contacts\"",
                "CONTACTS_DIRECTORY=\"ftp://bob:pw@files.example.com/contacts\""));

    Finding f =
        only(fixture, "insecure-provisioning-transport", Severity.WARNING, "000000000000.cfg", 7);
    assertThat(f.message())
        .contains("CONTACTS_DIRECTORY", "ftp://bob:***@files.example.com", "https://")
        .doesNotContain(":pw@");
    assertThat(CLEAN.findings("insecure-provisioning-transport")).isEmpty();
  }

  @Test
  void clearTextServerTypeIsInsecureTransport() {
    var fixture =
        CLEAN.with("site.cfg", TreeFixture.SITE.replace("serverType=\"3\"", "serverType=\"1\""));

    Finding f = only(fixture, "insecure-provisioning-transport", Severity.WARNING, "site.cfg", 5);
    assertThat(f.message()).contains("device.prov.serverType=\"1\"", "TFTP");
  }

  @Test
  void clearTextServerNameIsInsecureTransport() {
    var fixture =
        CLEAN.with(
            "features.cfg", config("<d device.prov.serverName=\"http://prov.example.com\"/>"));

    assertThat(fixture.findings("insecure-provisioning-transport"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("device.prov.serverName"));
  }

  @Test
  void checkSyncAlwaysRebootIsFlagged() {
    var fixture =
        CLEAN.with(
            "features.cfg",
            config(
                "<feature feature.presence.enabled=\"1\"/>",
                "<sip voIpProt.SIP.specialEvent.checkSync.alwaysReboot=\"1\"/>"));

    Finding f = only(fixture, "check-sync-always-reboots", Severity.WARNING, "features.cfg", 4);
    assertThat(f.message()).contains("reboot", "set it to \"0\"");
  }

  @Test
  void checkSyncWithoutRebootIsFine() {
    var fixture =
        CLEAN.with(
            "features.cfg",
            config("<sip voIpProt.SIP.specialEvent.checkSync.alwaysReboot=\"0\"/>"));

    assertThat(fixture.findings("check-sync-always-reboots")).isEmpty();
  }
}
