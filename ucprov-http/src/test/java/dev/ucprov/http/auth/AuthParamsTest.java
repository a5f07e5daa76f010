package dev.ucprov.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthParamsTest {

  @Test
  void tokensAndQuotedStringsWithEscapes() {
    assertThat(
            AuthParams.parse("Username=\"Mu\\\"fa\\\\sa\", qop=auth,, nc=00000001 ,realm=\"a, b\""))
        .contains(
            Map.of("username", "Mu\"fa\\sa", "qop", "auth", "nc", "00000001", "realm", "a, b"));
  }

  @Test
  void anEmptyListIsEmpty() {
    assertThat(AuthParams.parse("  ")).contains(Map.of());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "username=\"unterminated",
        "username",
        "=value",
        "a=1 b=2",
        "a=1, a=2",
        "a=",
        "a=\"x\\",
        "a=\"x\"y"
      })
  void malformedListsAreRefused(String text) {
    assertThat(AuthParams.parse(text)).isEmpty();
  }
}
