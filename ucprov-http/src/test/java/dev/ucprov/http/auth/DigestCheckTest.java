package dev.ucprov.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples of RFC 7616 §3.9.1, and what a match does to the nonce count. */
class DigestCheckTest {

  static final String NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
  static final String CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

  final NonceLedger ledger = new NonceLedger(100);

  DigestCheck check(DigestAlgorithm algorithm, String response) {
    return new DigestCheck(
        new DigestCheck.Fields(
            algorithm,
            "Mufasa",
            "http-auth@example.org",
            NONCE,
            1000,
            "/dir/index.html",
            Optional.of(new DigestCheck.QopFields("00000001", 1, CNONCE)),
            response),
        "GET",
        ledger,
        0);
  }

  @Test
  void theRfcMd5ExampleMatchesItsPasswordOnly() {
    DigestCheck check = check(DigestAlgorithm.MD5, "8ca523f5e9506fed4657c9700eebdbec");
    assertThat(check.matches("Circle Of Life")).isFalse();
    assertThat(check.matches("Circle of Life")).isTrue();
  }

  @Test
  void theRfcSha256ExampleMatchesInEitherCase() {
    DigestCheck check =
        check(
            DigestAlgorithm.SHA_256,
            "753927FA0E85D155564E2E272A28D1802CA10DAF4496794697CF8DB5856CB6C1");
    assertThat(check.matches("Circle of Life")).isTrue();
  }

  @Test
  void aMatchUsesTheCountSoTheSameResponseAgainMatchesNothing() {
    DigestCheck first = check(DigestAlgorithm.MD5, "8ca523f5e9506fed4657c9700eebdbec");
    DigestCheck replay = check(DigestAlgorithm.MD5, "8ca523f5e9506fed4657c9700eebdbec");

    assertThat(first.matches("Circle of Life")).isTrue();
    assertThat(first.matches("Circle of Life")).as("same proof checked again").isTrue();
    assertThat(replay.matches("Circle of Life")).isFalse();
    assertThat(ledger.used(NONCE, 1)).isTrue();
  }

  @Test
  void aWrongPasswordDoesNotUseTheCount() {
    check(DigestAlgorithm.MD5, "8ca523f5e9506fed4657c9700eebdbec").matches("guess");
    assertThat(ledger.used(NONCE, 1)).isFalse();
  }
}
