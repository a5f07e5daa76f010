package dev.ucprov.core.master;

import static dev.ucprov.core.master.MasterFixtures.VVX410;
import static dev.ucprov.core.master.MasterFixtures.master;
import static dev.ucprov.core.master.MasterFixtures.masterWith;
import static dev.ucprov.core.master.MasterFixtures.resolve;
import static dev.ucprov.core.master.MasterFixtures.tree;
import static dev.ucprov.core.master.MasterFixtures.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MasterProblemsTest {

  @Test
  void anUnknownAttributeIsReportedWithItsLine() {
    MasterConfig m =
        master(
            """
            <APPLICATION APP_FILE_PATH="sip.ld"
              CONFIG_FILES="site.cfg">
              <APPLICATION_VVX410 CONFIG_FILE_VVX410="typo.cfg"/>
            </APPLICATION>
            """);

    ResolvedMaster r = resolve(m, VVX410);

    assertThat(r.problems())
        .singleElement()
        .isEqualTo(
            new MasterProblem(
                "CONFIG_FILE_VVX410",
                3,
                "'CONFIG_FILE_VVX410' is not a master config attribute; a phone ignores it"));
    assertThat(r.configFiles()).containsExactly(tree("site.cfg"));
  }

  @Test
  void problemsAreOrderedByLine() {
    MasterConfig m =
        master(
            """
            <APPLICATION
              UNKNOWN_ONE="x"
              CONFIG_FILES="[PHONE_MODEL].cfg"
              UNKNOWN_TWO="y"/>
            """);

    ResolvedMaster r = m.resolve(MasterFixtures.MAC, Optional.empty());

    assertThat(r.problems()).extracting(MasterProblem::line).containsExactly(2, 3, 4);
  }

  @Test
  void aConfigFileThatLeavesTheRootIsDroppedOthersStay() {
    MasterConfig m = masterWith("CONFIG_FILES=\"../secret.cfg, site.cfg, a/../b.cfg, ..\\x.cfg\"");

    ResolvedMaster r = resolve(m, VVX410);

    assertThat(r.configFiles()).containsExactly(tree("site.cfg"), tree("b.cfg"));
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problems().get(0).attribute()).isEqualTo("CONFIG_FILES");
    assertThat(r.problems().get(0).message())
        .contains("'../secret.cfg'", "climbs above the provisioning root", "the entry is dropped");
    assertThat(r.problems().get(1).message()).contains("'..\\x.cfg'");
  }

  @Test
  void aDirectoryThatLeavesTheRootBecomesTheRoot() {
    MasterConfig m = masterWith("LOG_FILE_DIRECTORY=\"logs/../../var/log\"");

    ResolvedMaster r = resolve(m, VVX410);

    assertThat(r.directories()).containsEntry(MasterAttribute.LOG_FILE_DIRECTORY, tree(""));
    assertThat(r.fileIn(MasterAttribute.LOG_FILE_DIRECTORY, "0004f2aabbcc-app.log"))
        .isEqualTo(tree("0004f2aabbcc-app.log"));
    assertThat(r.problems())
        .singleElement()
        .extracting(MasterProblem::message)
        .asString()
        .contains("'logs/../../var/log'", "climbs above", "root is used instead");
  }

  @Test
  void anImageThatLeavesTheRootIsNotServed() {
    ResolvedMaster r = resolve(masterWith("APP_FILE_PATH=\"../sip.ld\""), VVX410);

    assertThat(r.firmware()).isEmpty();
    assertThat(r.problems())
        .singleElement()
        .extracting(MasterProblem::message)
        .asString()
        .contains("no firmware is served");
  }

  @Test
  void anImagePathThatNamesTheRootIsNotServed() {
    ResolvedMaster r =
        resolve(masterWith("APP_FILE_PATH=\"./\" BOOTBLOCK_FILE_PATH=\"/\""), VVX410);

    assertThat(r.firmware()).isEmpty();
    assertThat(r.bootblock()).isEmpty();
    assertThat(r.problems())
        .extracting(MasterProblem::attribute)
        .containsExactlyInAnyOrder("APP_FILE_PATH", "BOOTBLOCK_FILE_PATH");
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.message()).contains("not a file"));
  }

  @Test
  void urlsAreNeverCheckedForDotDot() {
    MasterConfig m = masterWith("CONFIG_FILES=\"https://h.example/a/../b.cfg\"");

    ResolvedMaster r = resolve(m, VVX410);

    assertThat(r.configFiles()).containsExactly(url("https://h.example/a/../b.cfg"));
    assertThat(r.problems()).isEmpty();
  }
}
