package dev.ucprov.core.lint;

import static dev.ucprov.core.lint.TreeFixture.config;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules about single files: whether they read, what the reader noticed, whether any phone asks. */
class FileRulesTest {

  private static final TreeFixture CLEAN = TreeFixture.wellConfigured();

  @Test
  void anUnreadableFileIsMalformedWithLineAndColumn() {
    var fixture =
        CLEAN.with(
            "features.cfg",
            "<?xml version=\"1.0\"?>\n<polycomConfig>\n  <feature a.b=\"1\">\n</polycomConfig>\n");

    assertThat(fixture.findings("malformed-xml"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.file()).isEqualTo("features.cfg");
          assertThat(f.line()).isEqualTo(4);
          assertThat(f.message()).contains("line 4, column", "cached copy");
        });
    assertThat(CLEAN.findings("malformed-xml")).isEmpty();
  }

  @Test
  void anUnreadableConfigFileSilencesRulesAboutAbsentSettings() {
    var fixture = CLEAN.with("site.cfg", "<polycomConfig>").with("vvx410/site.cfg", "<x");

    assertThat(fixture.findings("malformed-xml")).hasSize(2);
    assertThat(fixture.findings("web-ui-enabled")).isEmpty();
    assertThat(fixture.findings("polling-disabled")).isEmpty();
  }

  @Test
  void aDocTypeIsRefused() {
    var fixture = CLEAN.with("evil.xml", "<!DOCTYPE x [<!ENTITY e \"e\">]>\n<x a=\"&e;\"/>\n");

    assertThat(fixture.findings("malformed-xml"))
        .singleElement()
        .satisfies(f -> assertThat(f.file()).isEqualTo("evil.xml"));
  }

  @Test
  void aParameterTwiceInOneFileIsADuplicate() {
    var fixture =
        CLEAN.with(
            "features.cfg",
            config(
                "<feature feature.presence.enabled=\"1\"/>",
                "<more feature.presence.enabled=\"0\"/>"));

    assertThat(fixture.findings("duplicate-parameter"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.file()).isEqualTo("features.cfg");
          assertThat(f.line()).isEqualTo(4);
          assertThat(f.message()).contains("feature.presence.enabled", "line 3");
        });
    assertThat(CLEAN.findings("duplicate-parameter")).isEmpty();
  }

  @Test
  void anInvalidNameIsReported() {
    var fixture =
        CLEAN.with(
            "features.cfg",
            config("<feature feature.presence.enabled=\"1\"/>", "<bad feature..x=\"1\"/>"));

    assertThat(fixture.findings("invalid-parameter-name"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.file()).isEqualTo("features.cfg");
          assertThat(f.line()).isEqualTo(4);
          assertThat(f.message()).contains("feature..x");
        });
    assertThat(CLEAN.findings("invalid-parameter-name")).isEmpty();
  }

  @Test
  void aSharedFileNoMasterListsIsUnreachable() {
    var fixture = CLEAN.with("old/site-2019.cfg", config("<a b.c=\"1\"/>"));

    assertThat(fixture.findings("unreachable-file"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.file()).isEqualTo("old/site-2019.cfg");
          assertThat(f.line()).isZero();
          assertThat(f.message()).contains("CONFIG_FILES", "no phone");
        });
    assertThat(CLEAN.findings("unreachable-file")).isEmpty();
  }

  @Test
  void macNamedAndPerModelFilesAreReachable() {
    var fixture =
        CLEAN
            .with("0004f2aabbcd-phone.cfg", config("<a b.c=\"1\"/>"))
            .with("phones/0004f2aabbcc/extra.cfg", config("<a b.c=\"1\"/>"))
            .with("contacts/0004f2aabbcc-directory.xml", "<directory/>")
            .with("notes.xml", "<notes/>");

    assertThat(fixture.findings("unreachable-file")).isEmpty();
  }

  @Test
  void fileNamesTellWhoReadsThem() {
    assertThat(TreeNames.isPhoneSpecific("0004f2aabbcc-phone.cfg")).isTrue();
    assertThat(TreeNames.isPhoneSpecific("phones/0004F2AABBCC/lines.cfg")).isTrue();
    assertThat(TreeNames.isPhoneSpecific("000000000000-license.cfg")).isFalse();
    assertThat(TreeNames.isPhoneSpecific("0004f2aabbccdd.cfg")).isFalse();
    assertThat(TreeNames.isPhoneSpecific("site.cfg")).isFalse();
    assertThat(TreeNames.masterMac("0004F2AABBCC.cfg"))
        .hasValueSatisfying(mac -> assertThat(mac.value()).isEqualTo("0004f2aabbcc"));
    assertThat(TreeNames.masterMac("0004f2aabbcc-phone.cfg")).isEmpty();
  }
}
