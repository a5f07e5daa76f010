package dev.ucprov.core.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PhoneIdentityPropertiesTest {

  @Property(tries = 2000)
  void neverThrowsOnAnyText(@ForAll String agent) {
    PhoneIdentity identity = PhoneIdentity.fromUserAgent(agent);

    assertThat(identity).isNotNull();
    assertThat(identity.requester()).isNotNull();
    assertThat(identity.masterModelToken()).doesNotContain("_");
  }

  @Property(tries = 500)
  void neverThrowsOnPhoneLikeText(@ForAll("phoneLikeAgents") String agent) {
    PhoneIdentity identity = PhoneIdentity.fromUserAgent(agent);

    if (identity.knowsModel()) {
      assertThat(ModelCatalog.byToken(identity.modelToken()).map(PhoneModel::masterToken))
          .contains(identity.masterModelToken());
    } else {
      assertThat(identity.modelToken()).isEqualTo(PhoneIdentity.UNKNOWN);
    }
  }

  @Property(tries = 500)
  void readsBackEveryWellFormedAgent(
      @ForAll("families") String family,
      @ForAll("models") String model,
      @ForAll("versions") String version,
      @ForAll boolean updater) {
    String agent =
        "FileTransport "
            + family
            + "-"
            + model
            + "-UA/"
            + version
            + (updater ? " Type/Updater" : " Type/Application");

    PhoneIdentity identity = PhoneIdentity.fromUserAgent(agent);

    assertThat(identity.family()).isEqualTo(family);
    assertThat(identity.modelToken()).isEqualTo(model);
    assertThat(identity.masterModelToken()).isEqualTo(model.replace("_", "").toUpperCase());
    assertThat(identity.version()).isEqualTo(version);
    assertThat(identity.requester()).isEqualTo(updater ? Requester.UPDATER : Requester.APPLICATION);
  }

  @Test
  void longHostileInputIsReadInLinearTime() {
    String[] hostile = {
      "-UA/".repeat(250_000),
      "a-".repeat(500_000) + "UA/",
      "Type/".repeat(200_000),
      "PolycomVVX-" + "_".repeat(1_000_000) + "-UA/1",
      "x".repeat(1_000_000)
    };
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          for (String agent : hostile) {
            assertThat(PhoneIdentity.fromUserAgent(agent)).isNotNull();
          }
        });
  }

  @Provide
  Arbitrary<String> families() {
    return Arbitraries.of("PolycomVVX", "PolycomSoundPointIP", "PolycomSoundStationIP", "PolyEdge")
        .injectDuplicates(0.1);
  }

  @Provide
  Arbitrary<String> models() {
    Arbitrary<String> letters =
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(5);
    return Combinators.combine(letters, Arbitraries.of("", "_"), digits).as((l, u, d) -> l + u + d);
  }

  @Provide
  Arbitrary<String> versions() {
    return Arbitraries.integers()
        .between(0, 9999)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .map(parts -> String.join(".", parts.stream().map(String::valueOf).toList()));
  }

  @Provide
  Arbitrary<String> phoneLikeAgents() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "FileTransport",
                " ",
                "-",
                "-UA/",
                "UA/",
                "-UA",
                "Type/",
                "Application",
                "Updater",
                "PolycomVVX",
                "VVX_410",
                "_",
                "5.9.0",
                "\t",
                "\u0000",
                "é",
                "\uD83D\uDE00"),
            Arbitraries.strings().ofMaxLength(4));
    return pieces.list().ofMaxSize(20).map(list -> String.join("", list));
  }
}
