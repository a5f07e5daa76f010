package dev.ucprov.http.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokenTest {

  private final BearerToken token = new BearerToken("s3cret-token");

  @ParameterizedTest
  @ValueSource(strings = {"Bearer s3cret-token", "bearer s3cret-token", "BEARER   s3cret-token "})
  void theTokenIsAccepted(String header) {
    assertThat(token.refusal(Optional.of(header))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Bearer s3cret-tokeN|wrong bearer token in Authorization header",
        "Bearer s3cret-token2|wrong bearer token in Authorization header",
        "Bearer |Authorization header is not 'Bearer <token>'",
        "Basic czNjcmV0|Authorization header is not 'Bearer <token>'",
        "s3cret-token|Authorization header is not 'Bearer <token>'"
      })
  void anythingElseIsRefusedSayingWhy(String header, String reason) {
    assertThat(token.refusal(Optional.of(header))).contains(reason);
  }

  @org.junit.jupiter.api.Test
  void aMissingHeaderIsRefused() {
    assertThat(token.refusal(Optional.empty()))
        .hasValueSatisfying(r -> assertThat(r).startsWith("missing Authorization header"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void anEmptyTokenCannotBeConfigured(String empty) {
    assertThatThrownBy(() -> new BearerToken(empty)).isInstanceOf(IllegalArgumentException.class);
  }
}
