package dev.ucprov.core.master;

import static dev.ucprov.core.master.MasterAttribute.APP_FILE_PATH;
import static dev.ucprov.core.master.MasterAttribute.CALL_LISTS_DIRECTORY;
import static dev.ucprov.core.master.MasterAttribute.CONFIG_FILES;
import static dev.ucprov.core.master.MasterAttribute.CONTACTS_DIRECTORY;
import static dev.ucprov.core.master.MasterAttribute.COREFILE_DIRECTORY;
import static dev.ucprov.core.master.MasterAttribute.LICENSE_DIRECTORY;
import static dev.ucprov.core.master.MasterAttribute.LOG_FILE_DIRECTORY;
import static dev.ucprov.core.master.MasterAttribute.OVERRIDES_DIRECTORY;
import static dev.ucprov.core.master.MasterAttribute.USER_PROFILES_DIRECTORY;
import static dev.ucprov.core.master.MasterFixtures.MAC;
import static dev.ucprov.core.master.MasterFixtures.SPIP650;
import static dev.ucprov.core.master.MasterFixtures.VVX1500;
import static dev.ucprov.core.master.MasterFixtures.VVX410;
import static dev.ucprov.core.master.MasterFixtures.VVX500;
import static dev.ucprov.core.master.MasterFixtures.master;
import static dev.ucprov.core.master.MasterFixtures.resolve;
import static dev.ucprov.core.master.MasterFixtures.tree;
import static dev.ucprov.core.master.MasterFixtures.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.device.PhoneModel;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MasterConfigResolveTest {

  /** UCS 3.3 style: generic values, and per-model children with their own image and files. */
  private static final MasterConfig UCS3 =
      master(
          """
          <?xml version="1.0" standalone="yes"?>
          <!-- written for these tests in the shape UCS 3.3 masters have -->
          <APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES="phone1.cfg, sip.cfg"
            MISC_FILES="" LOG_FILE_DIRECTORY="" OVERRIDES_DIRECTORY="" CONTACTS_DIRECTORY=""
            LICENSE_DIRECTORY="">
            <APPLICATION_SPIP650 APP_FILE_PATH_SPIP650="spip650/sip.ld"
              CONFIG_FILES_SPIP650="spip650.cfg, phone1.cfg, sip.cfg"/>
            <APPLICATION_VVX1500 APP_FILE_PATH_VVX1500="vvx1500/sip.ld"
              CONFIG_FILES_VVX1500="vvx1500.cfg,,sip.cfg, "/>
          </APPLICATION>
          """);

  /** UCS 4.x/5.x style: VVX models, tokens, spelled-differently directories, URLs. */
  private static final MasterConfig UCS5 =
      master(
          """
          <APPLICATION xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            APP_FILE_PATH="firmware/5.9/sip.ld"
            CONFIG_FILES="[PHONE_MAC_ADDRESS]-lines.cfg, site.cfg, features.cfg"
            LOG_FILE_DIRECTORY="logs" OVERRIDES_DIRECTORY="/overrides/"
            CONTACTS_DIRECTORY="./contacts" LICENSE_DIRECTORY=""
            USER_PROFILES_DIRECTORY="https://prov:s3cret@profiles.example.com/users/"
            CALL_LISTS_DIRECTORY="ftp://PlcmSpIp:PlcmSpIp@ftp.example.com/calls">
            <APPLICATION_VVX410 APP_FILE_PATH_VVX410="" CONFIG_FILES_VVX410=""
              BOOTBLOCK_FILE_PATH_VVX410="bootblock/[PHONE_PART_NUMBER].bootblock.ld"/>
            <APPLICATION_VVX500
              APP_FILE_PATH_VVX500="https://fw:pw@cdn.example.com/ucs/5.9/sip.ld"
              CONFIG_FILES_VVX500="[PHONE_MODEL]-site.cfg, site.cfg"
              LOG_FILE_DIRECTORY_VVX500="logs/vvx500"/>
          </APPLICATION>
          """);

  @Test
  void ucs3PerModelChildrenReplaceImageAndConfigFiles() {
    ResolvedMaster spip = resolve(UCS3, SPIP650);

    assertThat(spip.masterPath()).isEqualTo("000000000000.cfg");
    assertThat(spip.firmware())
        .containsExactly(tree("spip650/2345-12600-001.sip.ld"), tree("spip650/sip.ld"));
    assertThat(spip.configFiles())
        .containsExactly(tree("spip650.cfg"), tree("phone1.cfg"), tree("sip.cfg"));
    assertThat(spip.problems()).isEmpty();

    ResolvedMaster vvx1500 = resolve(UCS3, VVX1500);
    assertThat(vvx1500.firmware())
        .containsExactly(tree("vvx1500/2345-17960-001.sip.ld"), tree("vvx1500/sip.ld"));
    assertThat(vvx1500.configFiles()).containsExactly(tree("vvx1500.cfg"), tree("sip.cfg"));
  }

  @Test
  void ucs3EmptyDirectoriesAreSetToTheRootButNotDirectories() {
    ResolvedMaster spip = resolve(UCS3, SPIP650);

    assertThat(spip.directories()).isEmpty();
    assertThat(spip.attribute(LOG_FILE_DIRECTORY)).contains("");
    assertThat(spip.attribute(CALL_LISTS_DIRECTORY)).isEmpty();
    assertThat(spip.directory(LOG_FILE_DIRECTORY)).isEqualTo(tree(""));
    assertThat(spip.directory(CALL_LISTS_DIRECTORY)).isEqualTo(tree(""));
    assertThat(spip.fileIn(LOG_FILE_DIRECTORY, "0004f2aabbcc-app.log"))
        .isEqualTo(tree("0004f2aabbcc-app.log"));
  }

  @Test
  void aModelWithoutItsOwnChildGetsTheGenericValues() {
    ResolvedMaster vvx410 = resolve(UCS3, VVX410);

    assertThat(vvx410.firmware()).containsExactly(tree("3111-46162-001.sip.ld"), tree("sip.ld"));
    assertThat(vvx410.configFiles()).containsExactly(tree("phone1.cfg"), tree("sip.cfg"));
    assertThat(vvx410.attributes()).containsEntry(CONFIG_FILES, "phone1.cfg, sip.cfg");
  }

  @Test
  void withoutAModelOnlyGenericValuesApplyAndTheImageIsNotSplit() {
    ResolvedMaster unknown = UCS3.resolve(MAC, Optional.empty());

    assertThat(unknown.firmware()).containsExactly(tree("sip.ld"));
    assertThat(unknown.configFiles()).containsExactly(tree("phone1.cfg"), tree("sip.cfg"));
    assertThat(unknown.problems()).isEmpty();
  }

  @Test
  void ucs5SubstitutesTheMacAndNormalisesEverySpellingOfADirectory() {
    ResolvedMaster vvx410 = resolve(UCS5, VVX410);

    assertThat(vvx410.configFiles())
        .containsExactly(tree("0004f2aabbcc-lines.cfg"), tree("site.cfg"), tree("features.cfg"));
    assertThat(vvx410.directories())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                LOG_FILE_DIRECTORY, tree("logs"),
                OVERRIDES_DIRECTORY, tree("overrides"),
                CONTACTS_DIRECTORY, tree("contacts"),
                USER_PROFILES_DIRECTORY, url("https://prov:s3cret@profiles.example.com/users/"),
                CALL_LISTS_DIRECTORY, url("ftp://PlcmSpIp:PlcmSpIp@ftp.example.com/calls")));
    assertThat(vvx410.attribute(LICENSE_DIRECTORY)).contains("");
    assertThat(vvx410.attribute(COREFILE_DIRECTORY)).isEmpty();
    assertThat(vvx410.problems()).isEmpty();
  }

  @Test
  void emptyPerModelValuesLeaveTheGenericOnesInPlace() {
    ResolvedMaster vvx410 = resolve(UCS5, VVX410);

    assertThat(vvx410.firmware())
        .containsExactly(tree("firmware/5.9/3111-46162-001.sip.ld"), tree("firmware/5.9/sip.ld"));
    assertThat(vvx410.attributes())
        .containsEntry(APP_FILE_PATH, "firmware/5.9/sip.ld")
        .containsEntry(CONFIG_FILES, "0004f2aabbcc-lines.cfg, site.cfg, features.cfg");
  }

  @Test
  void anEmptyPerModelValueWithoutAGenericOneIsSetButEmpty() {
    MasterConfig m =
        master(
            """
            <APPLICATION>
              <APPLICATION_VVX410 LOG_FILE_DIRECTORY_VVX410="" APP_FILE_PATH_VVX410=" "/>
            </APPLICATION>
            """);

    ResolvedMaster vvx410 = resolve(m, VVX410);

    assertThat(vvx410.attribute(LOG_FILE_DIRECTORY)).contains("");
    assertThat(vvx410.directories()).doesNotContainKey(LOG_FILE_DIRECTORY);
    assertThat(vvx410.attribute(APP_FILE_PATH)).contains("");
    assertThat(vvx410.firmware()).containsExactly(tree("3111-46162-001.sip.ld"), tree("sip.ld"));
    assertThat(vvx410.problems()).isEmpty();
  }

  @Test
  void aNonEmptyPerModelDirectoryReplacesTheGenericOne() {
    assertThat(resolve(UCS5, VVX500).directory(LOG_FILE_DIRECTORY)).isEqualTo(tree("logs/vvx500"));
    assertThat(resolve(UCS5, VVX410).directory(LOG_FILE_DIRECTORY)).isEqualTo(tree("logs"));
  }

  @Test
  void aFirmwareUrlGetsItsSplitImageBesideItWithCredentialsKept() {
    ResolvedMaster vvx500 = resolve(UCS5, VVX500);

    assertThat(vvx500.firmware())
        .containsExactly(
            url("https://fw:pw@cdn.example.com/ucs/5.9/3111-44500-001.sip.ld"),
            url("https://fw:pw@cdn.example.com/ucs/5.9/sip.ld"));
    assertThat(vvx500.configFiles()).containsExactly(tree("VVX500-site.cfg"), tree("site.cfg"));
  }

  @Test
  void theBootBlockIsOnePathWithThePartNumberSubstituted() {
    assertThat(resolve(UCS5, VVX410).bootblock())
        .contains(tree("bootblock/3111-46162-001.bootblock.ld"));
    assertThat(resolve(UCS5, VVX410).attribute(MasterAttribute.BOOTBLOCK_FILE_PATH))
        .contains("bootblock/3111-46162-001.bootblock.ld");
    assertThat(resolve(UCS5, VVX500).bootblock()).isEmpty();
  }

  @Test
  void fileInJoinsTreeDirectoriesAndUrlDirectories() {
    ResolvedMaster vvx410 = resolve(UCS5, VVX410);

    assertThat(vvx410.fileIn(OVERRIDES_DIRECTORY, "0004f2aabbcc-phone.cfg"))
        .isEqualTo(tree("overrides/0004f2aabbcc-phone.cfg"));
    assertThat(vvx410.fileIn(LICENSE_DIRECTORY, "0004f2aabbcc-license.cfg"))
        .isEqualTo(tree("0004f2aabbcc-license.cfg"));
    assertThat(vvx410.fileIn(USER_PROFILES_DIRECTORY, "alice.cfg"))
        .isEqualTo(url("https://prov:s3cret@profiles.example.com/users/alice.cfg"));
    assertThat(vvx410.fileIn(CALL_LISTS_DIRECTORY, "0004f2aabbcc-calls.xml"))
        .isEqualTo(url("ftp://PlcmSpIp:PlcmSpIp@ftp.example.com/calls/0004f2aabbcc-calls.xml"));
    assertThatThrownBy(() -> vvx410.fileIn(CONFIG_FILES, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CONFIG_FILES");
  }

  @Test
  void aPerModelKeyMatchesTheModelTokenInAnyCase() {
    MasterConfig m =
        master("<APPLICATION><APPLICATION_VVX410 CONFIG_FILES_VVX410=\"own.cfg\"/></APPLICATION>");

    ResolvedMaster lower = m.resolve(MAC, Optional.of(new PhoneModel("vvx410", Optional.empty())));

    assertThat(lower.configFiles()).containsExactly(tree("own.cfg"));
  }

  @Test
  void anEmptyMasterMeansDefaultFirmwareAndNothingElse() {
    ResolvedMaster r = resolve(master("<APPLICATION/>"), VVX410);

    assertThat(r.firmware()).containsExactly(tree("3111-46162-001.sip.ld"), tree("sip.ld"));
    assertThat(r.configFiles()).isEmpty();
    assertThat(r.directories()).isEmpty();
    assertThat(r.attributes()).isEmpty();
    assertThat(r.bootblock()).isEmpty();
    assertThat(r.problems()).isEmpty();
  }
}
