package dev.ucprov.core.master;

import static dev.ucprov.core.master.MasterFixtures.master;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.config.ConfigReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MasterConfigFromTest {

  @Test
  void aFileWhoseRootIsNotApplicationIsNoMaster() throws Exception {
    ConfigFile site =
        new ConfigReader()
            .read(
                "site.cfg",
                "<polycomConfig><sip CONFIG_FILES=\"x.cfg\"/></polycomConfig>"
                    .getBytes(StandardCharsets.UTF_8));

    assertThat(MasterConfig.isMaster(site)).isFalse();
    assertThat(MasterConfig.from(site)).isEmpty();
  }

  @Test
  void genericAttributesKeepTheirValueAndLine() {
    MasterConfig m =
        master(
            """
            <?xml version="1.0" standalone="yes"?>
            <APPLICATION
              APP_FILE_PATH="sip.ld"
              CONFIG_FILES="site.cfg"/>
            """);

    assertThat(m.path()).isEqualTo("000000000000.cfg");
    assertThat(m.generic().get(MasterAttribute.APP_FILE_PATH).value()).isEqualTo("sip.ld");
    assertThat(m.generic().get(MasterAttribute.CONFIG_FILES).line()).isEqualTo(4);
    assertThat(m.perModel()).isEmpty();
    assertThat(m.unknownAttributes()).isEmpty();
  }

  @Test
  void perModelAttributesAreGroupedByModelWhicheverElementCarriesThem() {
    MasterConfig m =
        master(
            """
            <APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES_VVX410="on-root.cfg">
              <APPLICATION_VVX410 APP_FILE_PATH_VVX410="vvx410/sip.ld"/>
              <SOMETHING_ELSE LOG_FILE_DIRECTORY_SPIP650="logs650"/>
            </APPLICATION>
            """);

    assertThat(m.perModel()).containsOnlyKeys("VVX410", "SPIP650");
    assertThat(m.perModel().get("VVX410"))
        .containsOnlyKeys(MasterAttribute.CONFIG_FILES, MasterAttribute.APP_FILE_PATH);
    assertThat(m.perModel().get("VVX410").get(MasterAttribute.CONFIG_FILES).value())
        .isEqualTo("on-root.cfg");
    assertThat(m.perModel().get("SPIP650").get(MasterAttribute.LOG_FILE_DIRECTORY).value())
        .isEqualTo("logs650");
    assertThat(m.generic()).containsOnlyKeys(MasterAttribute.APP_FILE_PATH);
  }

  @Test
  void namesMatchRegardlessOfCaseAndTheModelKeyIsUpperCased() {
    MasterConfig m = master("<APPLICATION app_file_path=\"a.ld\" Config_Files_vvx410=\"b.cfg\"/>");

    assertThat(m.generic().get(MasterAttribute.APP_FILE_PATH).value()).isEqualTo("a.ld");
    assertThat(m.perModel().get("VVX410").get(MasterAttribute.CONFIG_FILES).value())
        .isEqualTo("b.cfg");
  }

  @Test
  void theLongestKnownAttributeNameWinsAndTheRestIsTheModel() {
    assertThat(AttributeName.parse("BOOTBLOCK_FILE_PATH_VVX410"))
        .contains(new AttributeName(MasterAttribute.BOOTBLOCK_FILE_PATH, Optional.of("VVX410")));
    assertThat(AttributeName.parse("CALL_LISTS_DIRECTORY_SSIP6000"))
        .contains(new AttributeName(MasterAttribute.CALL_LISTS_DIRECTORY, Optional.of("SSIP6000")));
    assertThat(AttributeName.parse("CONFIG_FILES"))
        .contains(new AttributeName(MasterAttribute.CONFIG_FILES, Optional.empty()));
  }

  @Test
  void namesThatMatchNothingAreKeptAsUnknownInDocumentOrder() {
    MasterConfig m =
        master(
            """
            <APPLICATION APP_FILE_PATH="sip.ld"
              DECT_FILE_PATH="dect.ld"
              CONFIG_FILES_="x.cfg">
              <APPLICATION_VVX410 APP_FILE_PATHVVX410="y.ld"/>
            </APPLICATION>
            """);

    assertThat(m.unknownAttributes())
        .extracting(ConfigParameter::name, ConfigParameter::line)
        .containsExactly(
            tuple("DECT_FILE_PATH", 2), tuple("CONFIG_FILES_", 3), tuple("APP_FILE_PATHVVX410", 4));
    assertThat(m.perModel()).isEmpty();
  }

  @Test
  void theFirstOccurrenceOfAnAttributeCounts() {
    MasterConfig m =
        master(
            """
            <APPLICATION APP_FILE_PATH="first.ld">
              <APPLICATION_VVX410 APP_FILE_PATH_VVX410="a.ld"/>
              <APPLICATION_VVX410 APP_FILE_PATH_VVX410="b.ld" APP_FILE_PATH="second.ld"/>
            </APPLICATION>
            """);

    assertThat(m.generic().get(MasterAttribute.APP_FILE_PATH).value()).isEqualTo("first.ld");
    assertThat(m.perModel().get("VVX410").get(MasterAttribute.APP_FILE_PATH).value())
        .isEqualTo("a.ld");
  }

  @Test
  void schemaAttributesOfPolycomTemplatesAreNotUnknownAttributes() {
    MasterConfig m =
        master(
            """
            <APPLICATION xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:noNamespaceSchemaLocation="master.xsd" APP_FILE_PATH="sip.ld"/>
            """);

    assertThat(m.unknownAttributes()).isEmpty();
  }

  @Test
  void aHandBuiltMasterHasNoUnknownAttributesAndIsImmutable() {
    MasterConfig m =
        new MasterConfig(
            "0004f2aabbcc.cfg",
            new HashMap<>(
                Map.of(MasterAttribute.APP_FILE_PATH, ConfigParameter.of("APP_FILE_PATH", "x.ld"))),
            Map.of());

    assertThat(m.unknownAttributes()).isEqualTo(List.of());
    assertThat(m.generic()).isUnmodifiable();
  }
}
