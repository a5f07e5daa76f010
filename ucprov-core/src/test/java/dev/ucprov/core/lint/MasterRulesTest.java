package dev.ucprov.core.lint;

import static dev.ucprov.core.lint.TreeFixture.master;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasterRulesTest {

  private static final TreeFixture CLEAN = TreeFixture.wellConfigured();

  private static TreeFixture withMaster(String text) {
    return CLEAN.with("000000000000.cfg", text);
  }

  private static TreeFixture masterReplacing(String from, String to) {
    assertThat(TreeFixture.MASTER).contains(from);
    return withMaster(TreeFixture.MASTER.replace(from, to));
  }

  @Test
  void aMissingConfigFileIsReportedForEachListThatNamesIt() {
    List<Finding> findings = CLEAN.without("features.cfg").findings("missing-config-file");

    assertThat(findings)
        .extracting(Finding::severity, Finding::file, Finding::line)
        .containsExactly(
            tuple(Severity.ERROR, "000000000000.cfg", TreeFixture.CONFIG_FILES_LINE),
            tuple(Severity.ERROR, "000000000000.cfg", TreeFixture.VVX410_CONFIG_FILES_LINE));
    assertThat(findings.getFirst().message()).contains("'features.cfg'", "cached copy");
    assertThat(findings.get(1).message()).contains("for VVX410 phones");
    assertThat(CLEAN.findings("missing-config-file")).isEmpty();
  }

  @Test
  void aFileDifferingOnlyInCaseIsPointedOut() {
    var fixture =
        CLEAN.without("features.cfg").with("Features.cfg", TreeFixture.config("<a b.c=\"1\"/>"));

    assertThat(fixture.findings("missing-config-file"))
        .first()
        .satisfies(f -> assertThat(f.message()).contains("Features.cfg, which differs in case"));
  }

  @Test
  void aPerPhoneFileOfTheDefaultMasterIsNotMissing() {
    assertThat(CLEAN.without("0004f2aabbcc-secrets.cfg").findings("missing-config-file")).isEmpty();
  }

  @Test
  void aMacMasterNamesItsOwnFiles() {
    var fixture =
        CLEAN.with(
            "0004f2aabbcc.cfg",
            master(
                "CONFIG_FILES=\"[PHONE_MAC_ADDRESS]-lines.cfg, site.cfg\""
                    + " OVERRIDES_DIRECTORY=\"overrides\" CONTACTS_DIRECTORY=\"contacts\""
                    + " LOG_FILE_DIRECTORY=\"logs\""));

    assertThat(fixture.findings("missing-config-file"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.file()).isEqualTo("0004f2aabbcc.cfg");
          assertThat(f.line()).isEqualTo(2);
          assertThat(f.message()).contains("'0004f2aabbcc-lines.cfg'");
        });
  }

  @Test
  void aTreeWithoutMasterHasNoStart() {
    var fixture = TreeFixture.of(Map.of("site.cfg", TreeFixture.SITE));

    assertThat(fixture.findings("missing-master"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.file()).isEmpty();
          assertThat(f.line()).isZero();
          assertThat(f.message()).contains("000000000000.cfg", "<APPLICATION>");
        });
    assertThat(fixture.findings("unreachable-file")).isEmpty();
    assertThat(CLEAN.findings("missing-master")).isEmpty();
  }

  @Test
  void aMasterNamedFileWithTheWrongRootIsReported() {
    var fixture = withMaster(TreeFixture.SITE);

    assertThat(fixture.findings("missing-master"))
        .extracting(Finding::file, Finding::line)
        .containsExactly(tuple("", 0), tuple("000000000000.cfg", 0));
    assertThat(fixture.findings("missing-master").get(1).message()).contains("<polycomConfig>");
  }

  @Test
  void anUnreadableMasterIsNamedInTheMissingMasterFinding() {
    var fixture = CLEAN.with("000000000000.cfg", "<APPLICATION CONFIG_FILES=\"site.cfg\">");

    assertThat(fixture.findings("missing-master"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("000000000000.cfg cannot be read"));
    assertThat(fixture.findings("malformed-xml"))
        .extracting(Finding::file)
        .containsExactly("000000000000.cfg");
  }

  @Test
  void aMacMasterAloneIsEnough() {
    var fixture = CLEAN.without("000000000000.cfg").with("0004f2aabbcc.cfg", TreeFixture.MASTER);

    assertThat(fixture.findings("missing-master")).isEmpty();
  }

  @Test
  void aPathOverTheLimitIsAnError() {
    String longName = "d/".repeat(130) + "site.cfg";
    var fixture = withMaster(master("CONFIG_FILES=\"" + longName + "\""));

    assertThat(fixture.findings("master-limit-exceeded"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.file()).isEqualTo("000000000000.cfg");
          assertThat(f.line()).isEqualTo(2);
          assertThat(f.message()).contains("entry 'd/d/", "268 characters", "limit of 255");
        });
    assertThat(CLEAN.findings("master-limit-exceeded")).isEmpty();
  }

  @Test
  void configFilesOverTheLimitIsAnError() {
    String entry = "x".repeat(200) + ".cfg";
    String list = String.join(", ", java.util.Collections.nCopies(10, entry));
    var fixture = withMaster(master("CONFIG_FILES=\"" + list + "\""));

    assertThat(fixture.findings("master-limit-exceeded"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("CONFIG_FILES is 2058", "2047"));
    assertThat(fixture.findings("unusable-master-path")).isEmpty();
  }

  @Test
  void aTypoInAMasterAttributeIsUnknown() {
    var fixture = masterReplacing("LOG_FILE_DIRECTORY=", "LOG_DIRECTORY=\"x\" LOG_FILE_DIRECTORY=");

    assertThat(fixture.findings("unknown-master-attribute"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.line()).isEqualTo(5);
          assertThat(f.message()).contains("'LOG_DIRECTORY'", "LOG_FILE_DIRECTORY");
        });
    assertThat(fixture.findings("unusable-master-path")).isEmpty();
    assertThat(CLEAN.findings("unknown-master-attribute")).isEmpty();
  }

  @Test
  void aTokenPhonesDoNotKnowStaysInTheName() {
    var fixture =
        masterReplacing("[PHONE_MAC_ADDRESS]-secrets.cfg, site.cfg", "[PHONE_NAME].cfg, site.cfg");

    assertThat(fixture.findings("unsubstituted-token"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.line()).isEqualTo(TreeFixture.CONFIG_FILES_LINE);
          assertThat(f.message()).contains("[PHONE_NAME]", "not a token phones know");
        });
    assertThat(CLEAN.findings("unsubstituted-token")).isEmpty();
  }

  @Test
  void aPartNumberTheModelDoesNotHaveStaysInTheName() {
    var fixture =
        withMaster(
            TreeFixture.MASTER.replace(
                "</APPLICATION>",
                "  <APPLICATION_VVX999 APP_FILE_PATH_VVX999=\"[PHONE_PART_NUMBER].sip.ld\"/>\n"
                    + "</APPLICATION>"));

    assertThat(fixture.findings("unsubstituted-token"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.line()).isEqualTo(12);
          assertThat(f.message()).contains("VVX999", "no known part number");
        });
    assertThat(fixture.findings("unusable-master-path")).isEmpty();
  }

  @Test
  void modelTokensInTheGenericListAreFine() {
    var fixture =
        masterReplacing("site.cfg, features.cfg\"", "site.cfg, [PHONE_MODEL].cfg, features.cfg\"")
            .with("VVX410.cfg", TreeFixture.config("<a b.c=\"1\"/>"))
            .with("VVX500.cfg", TreeFixture.config("<a b.c=\"1\"/>"));

    assertThat(fixture.findings("unsubstituted-token")).isEmpty();
    assertThat(fixture.findings("missing-config-file")).isEmpty();
    assertThat(fixture.findings("unreachable-file")).isEmpty();
    assertThat(fixture.findings("unusable-master-path")).isEmpty();
  }

  @Test
  void aModelTokenNamesTheModelsOwnFile() {
    var fixture =
        masterReplacing("site.cfg, features.cfg\"", "site.cfg, [PHONE_MODEL].cfg, features.cfg\"");

    assertThat(fixture.findings("missing-config-file"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.line()).isEqualTo(TreeFixture.VVX410_CONFIG_FILES_LINE);
          assertThat(f.message()).contains("'VVX410.cfg'");
        });
  }

  @Test
  void aPathAboveTheRootIsUnusable() {
    var fixture = masterReplacing("LOG_FILE_DIRECTORY=\"logs\"", "LOG_FILE_DIRECTORY=\"../logs\"");

    assertThat(fixture.findings("unusable-master-path"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.line()).isEqualTo(5);
          assertThat(f.message()).contains("LOG_FILE_DIRECTORY", "'..'");
        });
    assertThat(CLEAN.findings("unusable-master-path")).isEmpty();
  }

  @Test
  void miscFilesIsObsolete() {
    var fixture =
        masterReplacing("LOG_FILE_DIRECTORY=", "MISC_FILES=\"x.cfg\" LOG_FILE_DIRECTORY=");

    assertThat(fixture.findings("misc-files-obsolete"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.line()).isEqualTo(5);
          assertThat(f.message()).contains("MISC_FILES", "ignores it");
        });
  }

  @Test
  void anEmptyMiscFilesAsTemplatesShipIsFine() {
    var fixture = masterReplacing("LOG_FILE_DIRECTORY=", "MISC_FILES=\"\" LOG_FILE_DIRECTORY=");

    assertThat(fixture.findings("misc-files-obsolete")).isEmpty();
  }
}
