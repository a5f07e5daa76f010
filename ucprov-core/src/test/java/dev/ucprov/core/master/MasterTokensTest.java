package dev.ucprov.core.master;

import static dev.ucprov.core.master.MasterAttribute.APP_FILE_PATH;
import static dev.ucprov.core.master.MasterAttribute.CONFIG_FILES;
import static dev.ucprov.core.master.MasterFixtures.MAC;
import static dev.ucprov.core.master.MasterFixtures.VVX410;
import static dev.ucprov.core.master.MasterFixtures.VVX999;
import static dev.ucprov.core.master.MasterFixtures.masterWith;
import static dev.ucprov.core.master.MasterFixtures.resolve;
import static dev.ucprov.core.master.MasterFixtures.tree;
import static dev.ucprov.core.master.MasterFixtures.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MasterTokensTest {

  @Test
  void everyTokenIsFilledWhateverItsCase() {
    MasterConfig m =
        masterWith(
            "CONFIG_FILES=\"[PHONE_MAC_ADDRESS].a.cfg, [macaddress].b.cfg, [Phone_Model].cfg,"
                + " [phone_part_number].cfg\"");

    assertThat(resolve(m, VVX410).configFiles())
        .containsExactly(
            tree("0004f2aabbcc.a.cfg"),
            tree("0004f2aabbcc.b.cfg"),
            tree("VVX410.cfg"),
            tree("3111-46162-001.cfg"));
    assertThat(resolve(m, VVX410).problems()).isEmpty();
  }

  @Test
  void tokensAreFilledInDirectoriesAndUrlsToo() {
    MasterConfig m =
        masterWith(
            "LOG_FILE_DIRECTORY=\"logs/[PHONE_MODEL]\""
                + " OVERRIDES_DIRECTORY=\"https://u:p@h.example/o/[PHONE_MAC_ADDRESS]\"");

    ResolvedMaster r = resolve(m, VVX410);

    assertThat(r.directory(MasterAttribute.LOG_FILE_DIRECTORY)).isEqualTo(tree("logs/VVX410"));
    assertThat(r.directory(MasterAttribute.OVERRIDES_DIRECTORY))
        .isEqualTo(url("https://u:p@h.example/o/0004f2aabbcc"));
  }

  @Test
  void otherBracketedWordsAreLeftAloneWithoutAProblem() {
    MasterConfig m = masterWith("CONFIG_FILES=\"[SITE].cfg, [PHONE_MAC].cfg\"");

    ResolvedMaster r = resolve(m, VVX410);

    assertThat(r.configFiles()).containsExactly(tree("[SITE].cfg"), tree("[PHONE_MAC].cfg"));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void withoutAModelTheModelTokensStayAndEachIsReportedOncePerAttribute() {
    MasterConfig m =
        masterWith(
            "CONFIG_FILES=\"[PHONE_MODEL].cfg, [PHONE_MODEL]-2.cfg, [PHONE_PART_NUMBER].cfg\"");

    ResolvedMaster r = m.resolve(MAC, Optional.empty());

    assertThat(r.configFiles())
        .containsExactly(
            tree("[PHONE_MODEL].cfg"),
            tree("[PHONE_MODEL]-2.cfg"),
            tree("[PHONE_PART_NUMBER].cfg"));
    assertThat(r.problems())
        .extracting(MasterProblem::attribute, MasterProblem::line)
        .containsOnly(tuple("CONFIG_FILES", 1));
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problems().get(0).message())
        .contains("[PHONE_MODEL]", "model is not known", "keeps the token");
    assertThat(r.problems().get(1).message()).contains("[PHONE_PART_NUMBER]");
  }

  @Test
  void anUnknownPartNumberLeavesItsTokenAndSaysWhichModel() {
    MasterConfig m = masterWith("CONFIG_FILES=\"[PHONE_MODEL].cfg, [phone_part_number].cfg\"");

    ResolvedMaster r = resolve(m, VVX999);

    assertThat(r.configFiles())
        .containsExactly(tree("VVX999.cfg"), tree("[phone_part_number].cfg"));
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.attribute()).isEqualTo("CONFIG_FILES");
          assertThat(p.message()).contains("[PHONE_PART_NUMBER]", "part number of model VVX999");
        });
  }

  @Test
  void aPartNumberTokenInTheImageNamesTheOnlyFirmwareFile() {
    MasterConfig m = masterWith("APP_FILE_PATH=\"fw/[PHONE_PART_NUMBER].sip.ld\"");

    assertThat(resolve(m, VVX410).firmware()).containsExactly(tree("fw/3111-46162-001.sip.ld"));
    assertThat(resolve(m, VVX410).attribute(APP_FILE_PATH)).contains("fw/3111-46162-001.sip.ld");
  }

  @Test
  void aPartNumberTokenThatCannotBeFilledStillNamesOneFile() {
    MasterConfig m = masterWith("APP_FILE_PATH=\"fw/[PHONE_PART_NUMBER].sip.ld\"");

    ResolvedMaster r = resolve(m, VVX999);

    assertThat(r.firmware()).containsExactly(tree("fw/[PHONE_PART_NUMBER].sip.ld"));
    assertThat(r.problems()).extracting(MasterProblem::attribute).containsExactly("APP_FILE_PATH");
  }

  @Test
  void aMacTokenNeedsNoModel() {
    MasterConfig m = masterWith("CONFIG_FILES=\"[PHONE_MAC_ADDRESS]-lines.cfg\"");

    ResolvedMaster r = m.resolve(MAC, Optional.empty());

    assertThat(r.configFiles()).containsExactly(tree("0004f2aabbcc-lines.cfg"));
    assertThat(r.attributes()).containsEntry(CONFIG_FILES, "0004f2aabbcc-lines.cfg");
    assertThat(r.problems()).isEmpty();
  }
}
