package dev.ucprov.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Rules about where a master sends phones: directories, firmware, the shape of CONFIG_FILES. */
class MasterLayoutRulesTest {

  private static final TreeFixture CLEAN = TreeFixture.wellConfigured();

  /** Line 3 of the master: its first attribute, where findings about absent attributes point. */
  private static final int ANCHOR = 3;

  private static TreeFixture masterReplacing(String from, String to) {
    assertThat(TreeFixture.MASTER).contains(from);
    return CLEAN.with("000000000000.cfg", TreeFixture.MASTER.replace(from, to));
  }

  @Test
  void overridesDirectoryUnsetIsReportedOnceAtTheMaster() {
    var fixture = masterReplacing("OVERRIDES_DIRECTORY=\"overrides\"", "");

    assertThat(fixture.findings("overrides-directory-unset"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.file()).isEqualTo("000000000000.cfg");
          assertThat(f.line()).isEqualTo(ANCHOR);
          assertThat(f.message())
              .contains("OVERRIDES_DIRECTORY is not set", "<MAC>-phone.cfg", "root");
        });
    assertThat(CLEAN.findings("overrides-directory-unset")).isEmpty();
  }

  @Test
  void overridesDirectoryEmptyIsReportedOnItsLine() {
    var fixture = masterReplacing("OVERRIDES_DIRECTORY=\"overrides\"", "OVERRIDES_DIRECTORY=\"\"");

    assertThat(fixture.findings("overrides-directory-unset"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.line()).isEqualTo(6);
          assertThat(f.message()).contains("OVERRIDES_DIRECTORY is empty");
        });
  }

  @Test
  void contactsDirectoryNamingTheRootIsReported() {
    var fixture = masterReplacing("CONTACTS_DIRECTORY=\"contacts\"", "CONTACTS_DIRECTORY=\"./\"");

    assertThat(fixture.findings("contacts-directory-unset"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.line()).isEqualTo(7);
          assertThat(f.message()).contains("\"./\" names the root", "<MAC>-directory.xml");
        });
    assertThat(CLEAN.findings("contacts-directory-unset")).isEmpty();
  }

  @Test
  void aDirectoryOnAnotherServerIsSet() {
    var fixture =
        masterReplacing(
            "CONTACTS_DIRECTORY=\"contacts\"",
            "CONTACTS_DIRECTORY=\"https://dir.example.com/contacts\"");

    assertThat(fixture.findings("contacts-directory-unset")).isEmpty();
  }

  @Test
  void logDirectoryUnsetIsInformation() {
    var fixture = masterReplacing("LOG_FILE_DIRECTORY=\"logs\"", "");

    assertThat(fixture.findings("log-directory-unset"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.line()).isEqualTo(ANCHOR);
          assertThat(f.message()).contains("LOG_FILE_DIRECTORY is not set", "-app.log");
        });
    assertThat(CLEAN.findings("log-directory-unset")).isEmpty();
  }

  @Test
  void aModelsOwnEmptyDirectoryKeepsTheGenericOne() {
    var fixture =
        masterReplacing(
            "APP_FILE_PATH_VVX410=", "OVERRIDES_DIRECTORY_VVX410=\"\" APP_FILE_PATH_VVX410=");

    assertThat(fixture.findings("overrides-directory-unset")).isEmpty();
  }

  @Test
  void missingGenericFirmwareIsReported() {
    var fixture = CLEAN.without("sip.ld");

    assertThat(fixture.findings("missing-firmware"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.file()).isEqualTo("000000000000.cfg");
          assertThat(f.line()).isEqualTo(3);
          assertThat(f.message()).contains("sip.ld", "keep the software");
        });
    assertThat(CLEAN.findings("missing-firmware")).isEmpty();
  }

  @Test
  void missingModelFirmwareNamesTheSplitImageFirst() {
    var fixture = CLEAN.without("vvx410/sip.ld");

    assertThat(fixture.findings("missing-firmware"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.line()).isEqualTo(10);
          assertThat(f.message())
              .contains("for VVX410 phones", "vvx410/3111-46162-001.sip.ld then vvx410/sip.ld");
        });
  }

  @Test
  void theSplitImageAloneIsEnough() {
    var fixture = CLEAN.without("vvx410/sip.ld").with("vvx410/3111-46162-001.sip.ld", "firmware");

    assertThat(fixture.findings("missing-firmware")).isEmpty();
  }

  @Test
  void ownFirmwareWithSharedConfigIsAMismatch() {
    var fixture =
        masterReplacing(
            "CONFIG_FILES_VVX410=\"[PHONE_MAC_ADDRESS]-secrets.cfg, vvx410/site.cfg, features.cfg\"",
            "");

    assertThat(fixture.findings("firmware-config-mismatch"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.line()).isEqualTo(10);
          assertThat(f.message()).contains("VVX410", "CONFIG_FILES_VVX410");
        });
    assertThat(CLEAN.findings("firmware-config-mismatch")).isEmpty();
  }

  @Test
  void ownFirmwareNamingTheSameImageIsNoMismatch() {
    String master =
        """
        <APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES="site.cfg">
          <APPLICATION_VVX410 APP_FILE_PATH_VVX410="[PHONE_PART_NUMBER].sip.ld"/>
        </APPLICATION>
        """;
    var fixture = CLEAN.with("000000000000.cfg", master);

    assertThat(fixture.findings("firmware-config-mismatch")).isEmpty();
  }

  @Test
  void aFileListedTwiceIsReported() {
    var fixture = masterReplacing("site.cfg, features.cfg\"", "site.cfg, features.cfg, site.cfg\"");

    assertThat(fixture.findings("duplicate-config-file"))
        .extracting(Finding::severity, Finding::line)
        .containsExactly(tuple(Severity.INFO, TreeFixture.CONFIG_FILES_LINE));
    assertThat(fixture.findings("duplicate-config-file").getFirst().message())
        .contains("'site.cfg'", "more than once");
    assertThat(CLEAN.findings("duplicate-config-file")).isEmpty();
  }
}
