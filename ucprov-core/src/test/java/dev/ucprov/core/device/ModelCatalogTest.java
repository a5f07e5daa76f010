package dev.ucprov.core.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelCatalogTest {

  @Test
  void listsExactlyThePublicPartNumbersInAStableOrder() {
    assertThat(ModelCatalog.known())
        .extracting(m -> m.masterToken() + " " + m.partNumber().orElseThrow())
        .containsExactly(
            "SPIP650 2345-12600-001",
            "SPIP670 2345-12670-001",
            "VVX1500 2345-17960-001",
            "VVX300 3111-46135-002",
            "VVX400 3111-46157-002",
            "VVX410 3111-46162-001",
            "VVX500 3111-44500-001",
            "VVX600 3111-44600-001");
  }

  @Test
  void theTableCannotBeChanged() {
    assertThatThrownBy(() -> ModelCatalog.known().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(ModelCatalog.known()).hasSize(8);
  }

  @ParameterizedTest
  @CsvSource({
    "VVX410, VVX410, 3111-46162-001",
    "VVX_410, VVX410, 3111-46162-001",
    "vvx_410, VVX410, 3111-46162-001",
    "Vvx410, VVX410, 3111-46162-001",
    "SPIP_650, SPIP650, 2345-12600-001",
    "spip670, SPIP670, 2345-12670-001",
    "VVX_1500, VVX1500, 2345-17960-001",
    "VVX_300, VVX300, 3111-46135-002",
    "VVX_400, VVX400, 3111-46157-002",
    "VVX_500, VVX500, 3111-44500-001",
    "VVX_600, VVX600, 3111-44600-001"
  })
  void findsAKnownModelInEitherSpelling(String token, String master, String partNumber) {
    assertThat(ModelCatalog.byToken(token))
        .contains(new PhoneModel(master, Optional.of(partNumber)));
  }

  @ParameterizedTest
  @CsvSource({
    "SSIP_6000, SSIP6000",
    "SSIP6000, SSIP6000",
    "Edge_E450, EDGEE450",
    "VVX_450, VVX450",
    "Trio_8800, TRIO8800",
    "' VVX_250 ', VVX250"
  })
  void resolvesAnUnknownWellFormedTokenWithoutAPartNumber(String token, String master) {
    assertThat(ModelCatalog.byToken(token)).contains(new PhoneModel(master, Optional.empty()));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "\t",
        "_",
        "___",
        "410",
        "_VVX410",
        "VVX 410",
        "VVX-410",
        "VVX.410",
        "VVX/410",
        "../etc",
        "VVX410<",
        "VVXé410",
        "VVX４１０",
        "AVERYLONGMODELTOKENTHATNOPHONEWOULDEVERSEND"
      })
  void refusesBlankOrGarbageTokens(String token) {
    assertThat(ModelCatalog.byToken(token)).isEmpty();
  }

  @Test
  void findsTheModelOfAPartNumber() {
    assertThat(ModelCatalog.byPartNumber("3111-46162-001").map(PhoneModel::masterToken))
        .contains("VVX410");
    assertThat(ModelCatalog.byPartNumber("2345-12600-001").map(PhoneModel::masterToken))
        .contains("SPIP650");
    assertThat(ModelCatalog.byPartNumber(" 3111-44600-001 ").map(PhoneModel::masterToken))
        .contains("VVX600");
  }

  @Test
  void everyKnownModelRoundTripsThroughBothLookups() {
    for (PhoneModel model : ModelCatalog.known()) {
      assertThat(ModelCatalog.byPartNumber(model.partNumber().orElseThrow())).contains(model);
      assertThat(ModelCatalog.byToken(model.masterToken())).contains(model);
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"3111-46162-002", "31114616200", "VVX410", "3111-46162-001.sip.ld"})
  void anUnknownPartNumberGivesNothing(String partNumber) {
    assertThat(ModelCatalog.byPartNumber(partNumber)).isEmpty();
  }
}
