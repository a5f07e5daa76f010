package dev.ucprov.core.device;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneIdentityTest {

  private static final String UNKNOWN = PhoneIdentity.UNKNOWN;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application"
            + "|PolycomVVX|VVX_410|VVX410|5.9.0.9373|APPLICATION",
        "FileTransport PolycomSoundPointIP-SPIP_650-UA/4.0.15.1009 Type/Updater"
            + "|PolycomSoundPointIP|SPIP_650|SPIP650|4.0.15.1009|UPDATER",
        "FileTransport PolycomSoundStationIP-SSIP_6000-UA/4.0.4.2906 Type/Application"
            + "|PolycomSoundStationIP|SSIP_6000|SSIP6000|4.0.4.2906|APPLICATION",
        "FileTransport PolyEdge-Edge_E450-UA/8.0.1.0123 Type/Application"
            + "|PolyEdge|Edge_E450|EDGEE450|8.0.1.0123|APPLICATION",
        "PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application"
            + "|PolycomVVX|VVX_410|VVX410|5.9.0.9373|APPLICATION",
        "PolycomVVX-VVX_410-UA/5.9.0.9373|PolycomVVX|VVX_410|VVX410|5.9.0.9373|UNKNOWN",
        "Type/Updater FileTransport PolycomVVX-VVX_300-UA/5.8.0.1234"
            + "|PolycomVVX|VVX_300|VVX300|5.8.0.1234|UPDATER",
        "FileTransport  PolycomVVX-VVX_410-UA/5.9.0.9373\tType/Application (extra; tokens) x/1"
            + "|PolycomVVX|VVX_410|VVX410|5.9.0.9373|APPLICATION",
        "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 type/application"
            + "|PolycomVVX|VVX_410|VVX410|5.9.0.9373|APPLICATION",
        "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 TYPE/UPDATER"
            + "|PolycomVVX|VVX_410|VVX410|5.9.0.9373|UPDATER",
        "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Browser"
            + "|PolycomVVX|VVX_410|VVX410|5.9.0.9373|UNKNOWN",
        "PolycomVVX-VVX410-UA/6.4.0|PolycomVVX|VVX410|VVX410|6.4.0|UNKNOWN",
      })
  void readsPhoneAgents(
      String agent,
      String family,
      String modelToken,
      String master,
      String version,
      Requester requester) {
    assertThat(PhoneIdentity.fromUserAgent(agent))
        .isEqualTo(new PhoneIdentity(family, modelToken, master, version, requester));
  }

  @Test
  void aPhoneAgentKnowsItsModelAndTheCatalogAgrees() {
    PhoneIdentity identity =
        PhoneIdentity.fromUserAgent(
            "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application");

    assertThat(identity.knowsModel()).isTrue();
    assertThat(ModelCatalog.byToken(identity.modelToken()).flatMap(PhoneModel::partNumber))
        .contains("3111-46162-001");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "curl/8.5.0",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/126.0 Safari/537.36",
        "FileTransport",
        "FileTransport PolycomVVX-VVX_4",
        "FileTransport PolycomVVX-VVX_410",
        "Wget/1.21.4",
        "\u0000\u0001\u0002",
      })
  void knowsNothingAboutOtherAgents(String agent) {
    PhoneIdentity identity = PhoneIdentity.fromUserAgent(agent);

    assertThat(identity).isEqualTo(PhoneIdentity.unknown());
    assertThat(identity.knowsModel()).isFalse();
  }

  @Test
  void keepsWhatATruncatedAgentStillTells() {
    assertThat(PhoneIdentity.fromUserAgent("FileTransport PolycomVVX-VVX_410-UA/"))
        .isEqualTo(
            new PhoneIdentity("PolycomVVX", "VVX_410", "VVX410", UNKNOWN, Requester.UNKNOWN));
    assertThat(PhoneIdentity.fromUserAgent("FileTransport PolycomVVX-VVX_410-UA"))
        .isEqualTo(
            new PhoneIdentity("PolycomVVX", "VVX_410", "VVX410", UNKNOWN, Requester.UNKNOWN));
    assertThat(PhoneIdentity.fromUserAgent("FileTransport PolycomVVX-VVX_410-UA/5.9 Type/"))
        .isEqualTo(new PhoneIdentity("PolycomVVX", "VVX_410", "VVX410", "5.9", Requester.UNKNOWN));
  }

  @Test
  void leavesOutPartsThatAreNotWellFormed() {
    assertThat(PhoneIdentity.fromUserAgent("Polycom<VVX>-VVX_410-UA/5.9.0 Type/Application"))
        .isEqualTo(new PhoneIdentity(UNKNOWN, "VVX_410", "VVX410", "5.9.0", Requester.APPLICATION));
    assertThat(PhoneIdentity.fromUserAgent("PolycomVVX-VVX 410-UA/5.9.0"))
        .isEqualTo(new PhoneIdentity(UNKNOWN, UNKNOWN, UNKNOWN, "5.9.0", Requester.UNKNOWN));
    assertThat(PhoneIdentity.fromUserAgent("PolycomVVX-VVX/410-UA/5.9.0"))
        .isEqualTo(new PhoneIdentity("PolycomVVX", UNKNOWN, UNKNOWN, "5.9.0", Requester.UNKNOWN));
    assertThat(PhoneIdentity.fromUserAgent("PolycomVVX-UA/5.9.0"))
        .isEqualTo(new PhoneIdentity("PolycomVVX", UNKNOWN, UNKNOWN, "5.9.0", Requester.UNKNOWN));
    assertThat(PhoneIdentity.fromUserAgent("PolycomVVX-VVX_410-UA/5.9.0;rm -rf"))
        .isEqualTo(
            new PhoneIdentity("PolycomVVX", "VVX_410", "VVX410", UNKNOWN, Requester.UNKNOWN));
  }

  @Test
  void readsOnlyTheFirstPhoneTokenAndTheFirstType() {
    assertThat(
            PhoneIdentity.fromUserAgent(
                "PolycomVVX-VVX_410-UA/5.9.0 Type/Updater PolycomVVX-VVX_600-UA/6.0 Type/Application"))
        .isEqualTo(
            new PhoneIdentity("PolycomVVX", "VVX_410", "VVX410", "5.9.0", Requester.UPDATER));
  }

  @Test
  void readsALongHeaderOnlyUpToTheCapWithoutHalfTokens() {
    String agent = "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application ";
    String padded = agent + "x".repeat(2_000_000);
    assertThat(PhoneIdentity.fromUserAgent(padded))
        .isEqualTo(
            new PhoneIdentity(
                "PolycomVVX", "VVX_410", "VVX410", "5.9.0.9373", Requester.APPLICATION));

    String cutInVersion = " ".repeat(UserAgentReader.MAX_EXAMINED - 30) + agent;
    assertThat(PhoneIdentity.fromUserAgent(cutInVersion).version()).isEqualTo(UNKNOWN);
  }
}
