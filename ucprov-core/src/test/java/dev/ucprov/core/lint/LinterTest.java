package dev.ucprov.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ucprov.core.config.ConfigReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinterTest {

  @Test
  void standardHasAtLeastEighteenDistinctKebabCaseRules() {
    List<RuleDescription> rules = Linter.standard().rules();

    Set<String> ids = rules.stream().map(RuleDescription::id).collect(Collectors.toSet());
    assertThat(ids).hasSizeGreaterThanOrEqualTo(18).hasSize(rules.size());
    assertThat(ids).allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    assertThat(rules).allSatisfy(r -> assertThat(r.summary()).isNotBlank());
  }

  @Test
  void standardKeepsTheIdsTheCliDocuments() {
    Set<String> ids =
        Linter.standard().rules().stream().map(RuleDescription::id).collect(Collectors.toSet());

    assertThat(ids)
        .contains(
            "web-ui-enabled",
            "default-admin-password",
            "default-provisioning-credentials",
            "cleartext-secret-in-shared-file",
            "insecure-provisioning-transport",
            "polling-disabled",
            "polling-period-too-short",
            "check-sync-always-reboots",
            "missing-config-file",
            "missing-master",
            "malformed-xml",
            "duplicate-parameter",
            "invalid-parameter-name",
            "conflicting-values",
            "device-set-missing",
            "device-flag-missing",
            "overrides-directory-unset",
            "contacts-directory-unset",
            "log-directory-unset",
            "master-limit-exceeded",
            "unknown-master-attribute",
            "unsubstituted-token",
            "misc-files-obsolete",
            "unreachable-file");
  }

  @Test
  void severitiesAreTheDocumentedOnes() {
    var bySeverity =
        Linter.standard().rules().stream()
            .collect(
                Collectors.groupingBy(
                    RuleDescription::severity,
                    Collectors.mapping(RuleDescription::id, Collectors.toSet())));

    assertThat(bySeverity.get(Severity.ERROR))
        .contains(
            "missing-master", "malformed-xml", "missing-config-file", "default-admin-password");
    assertThat(bySeverity.get(Severity.WARNING)).contains("web-ui-enabled", "duplicate-parameter");
    assertThat(bySeverity.get(Severity.INFO))
        .contains("polling-disabled", "unreachable-file", "conflicting-values");
  }

  @Test
  void aWellConfiguredTreeHasNoFindingAtAll() {
    assertThat(TreeFixture.wellConfigured().lint()).isEmpty();
  }

  @Test
  void rejectsTwoRulesWithOneId() {
    List<LintRule> twice = List.of(new WebUiEnabledRule(), new WebUiEnabledRule());

    assertThatThrownBy(() -> new Linter(twice, new ConfigReader()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("web-ui-enabled");
  }

  @Test
  void findingsAreSortedByFileThenLineThenRule() {
    var fixture =
        TreeFixture.wellConfigured()
            .with(
                "site.cfg",
                TreeFixture.config(
                    "<httpd httpd.cfg.enabled=\"1\""
                        + " voIpProt.SIP.specialEvent.checkSync.alwaysReboot=\"1\"/>",
                    "<a reg.1.auth.userId=\"p\"/><b reg.1.auth.userId=\"q\"/>",
                    "<prov prov.polling.enabled=\"1\"/>",
                    "<device device.set=\"1\" device.sntp.serverName=\"pool\"/>"))
            .with("broken.xml", "<a>");

    List<Finding> findings = fixture.lint();

    assertThat(findings).isNotEmpty();
    assertThat(findings)
        .isSortedAccordingTo(
            java.util.Comparator.comparing(Finding::file)
                .thenComparingInt(Finding::line)
                .thenComparing(Finding::rule));
    assertThat(findings.stream().map(Finding::file).distinct())
        .containsExactly("broken.xml", "site.cfg");
    assertThat(findings.stream().filter(f -> f.file().equals("site.cfg")))
        .extracting(Finding::line, Finding::rule)
        .containsExactly(
            tuple(3, "check-sync-always-reboots"),
            tuple(3, "web-ui-enabled"),
            tuple(4, "duplicate-parameter"),
            tuple(6, "device-flag-missing"));
  }

  @Test
  void aModelListWrittenLikeTheGenericOneIsReportedAsTheGenericOne() {
    String master =
        """
        <APPLICATION CONFIG_FILES="site.cfg" OVERRIDES_DIRECTORY="o" CONTACTS_DIRECTORY="c"
            LOG_FILE_DIRECTORY="l" APP_FILE_PATH="sip.ld">
          <APPLICATION_VVX500 APP_FILE_PATH_VVX500="sip.ld" CONFIG_FILES_VVX500=" site.cfg"/>
        </APPLICATION>
        """;
    var fixture =
        TreeFixture.wellConfigured()
            .with("000000000000.cfg", master)
            .with("site.cfg", TreeFixture.config("<device device.set=\"0\" device.x=\"1\"/>"));

    assertThat(fixture.findings("web-ui-enabled"))
        .singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(1));
    assertThat(fixture.findings("device-set-missing")).hasSize(1);
    assertThat(fixture.findings("firmware-config-mismatch")).isEmpty();
  }

  @Test
  void aConflictInTheGenericAndAModelListIsReportedOnce() {
    String master =
        """
        <APPLICATION CONFIG_FILES="a.cfg, b.cfg" OVERRIDES_DIRECTORY="o" CONTACTS_DIRECTORY="c"
            LOG_FILE_DIRECTORY="l">
          <APPLICATION_VVX410 CONFIG_FILES_VVX410="a.cfg, c.cfg, b.cfg"/>
        </APPLICATION>
        """;
    var fixture =
        TreeFixture.wellConfigured()
            .with("000000000000.cfg", master)
            .with("a.cfg", TreeFixture.SITE)
            .with("b.cfg", TreeFixture.config("<x httpd.cfg.enabled=\"1\"/>"))
            .with("c.cfg", TreeFixture.config("<x c.d=\"1\"/>"));

    assertThat(fixture.findings("conflicting-values"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("at a.cfg:3", "000000000000.cfg"));
  }

  @Test
  void aProblemSeenThroughSeveralModelsIsReportedOnce() {
    String master =
        """
        <APPLICATION CONFIG_FILES="site.cfg" OVERRIDES_DIRECTORY="o" CONTACTS_DIRECTORY="c"
            LOG_FILE_DIRECTORY="l">
          <APPLICATION_VVX410 APP_FILE_PATH_VVX410="sip.ld"/>
          <APPLICATION_VVX500 APP_FILE_PATH_VVX500="sip.ld"/>
        </APPLICATION>
        """;
    var fixture =
        TreeFixture.wellConfigured()
            .with("000000000000.cfg", master)
            .with("site.cfg", TreeFixture.config("<httpd httpd.cfg.enabled=\"1\"/>"));

    assertThat(fixture.findings("web-ui-enabled")).hasSize(1);
  }
}
