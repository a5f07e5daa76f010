package dev.ucprov.sip.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DigestChallengeTest {

  @Test
  void reads_a_polycom_style_challenge() {
    DigestChallenge challenge =
        DigestChallenge.first(
                List.of(
                    "Digest realm=\"PolycomSPIP\", nonce=\"4c6b3a\", qop=\"auth\","
                        + " algorithm=MD5, stale=FALSE"))
            .orElseThrow();
    assertThat(challenge)
        .isEqualTo(
            new DigestChallenge(
                "PolycomSPIP",
                "4c6b3a",
                Optional.empty(),
                DigestAlgorithm.MD5,
                true,
                Optional.of("auth")));
  }

  @Test
  void takes_the_first_challenge_it_supports_in_header_order() {
    Optional<DigestChallenge> chosen =
        DigestChallenge.first(
            List.of(
                "Digest realm=\"r\", nonce=\"1\", algorithm=AKAv1-MD5",
                "Digest realm=\"r\", nonce=\"2\", algorithm=SHA-256, qop=\"auth\"",
                "Digest realm=\"r\", nonce=\"3\", algorithm=MD5, qop=\"auth\""));
    assertThat(chosen).map(DigestChallenge::nonce).contains("2");
    assertThat(chosen).map(DigestChallenge::algorithm).contains(DigestAlgorithm.SHA_256);
  }

  @Test
  void several_challenges_in_one_header_value() {
    List<AuthChallenge> all =
        ChallengeParser.parse(
            "Basic realm=\"simple\", Digest realm=\"x, y\", nonce=abc, qop=\"auth-int, auth\"");
    assertThat(all).extracting(AuthChallenge::scheme).containsExactly("Basic", "Digest");
    assertThat(all.get(1).params())
        .containsEntry("realm", "x, y")
        .containsEntry("nonce", "abc")
        .containsEntry("qop", "auth-int, auth");
    assertThat(
            DigestChallenge.first(
                List.of(
                    "Basic realm=\"simple\", Digest realm=\"x, y\", nonce=abc, qop=\"auth-int, auth\"")))
        .map(DigestChallenge::qop)
        .contains(Optional.of("auth"));
  }

  @Test
  void parameter_names_and_scheme_are_case_insensitive() {
    assertThat(DigestChallenge.first(List.of("DIGEST REALM=\"r\", Nonce=\"n\", ALGORITHM=sha-256")))
        .map(DigestChallenge::algorithm)
        .contains(DigestAlgorithm.SHA_256);
  }

  @Test
  void auth_int_alone_is_chosen_and_an_unknown_qop_alone_is_refused() {
    assertThat(DigestChallenge.first(List.of("Digest realm=r, nonce=n, qop=\"auth-int\"")))
        .map(DigestChallenge::qop)
        .contains(Optional.of("auth-int"));
    assertThat(DigestChallenge.first(List.of("Digest realm=r, nonce=n, qop=\"auth-conf\"")))
        .isEmpty();
  }

  @Test
  void a_challenge_without_realm_or_nonce_or_of_another_scheme_is_not_answerable() {
    assertThat(DigestChallenge.first(List.of("Digest realm=\"r\""))).isEmpty();
    assertThat(DigestChallenge.first(List.of("Digest nonce=\"n\""))).isEmpty();
    assertThat(DigestChallenge.first(List.of("Basic realm=\"r\""))).isEmpty();
    assertThat(DigestChallenge.first(List.of(""))).isEmpty();
  }

  @Property(tries = 500)
  void never_throws_on_any_header_value(@ForAll String value) {
    assertThat(DigestChallenge.first(List.of(value))).isNotNull();
  }
}
