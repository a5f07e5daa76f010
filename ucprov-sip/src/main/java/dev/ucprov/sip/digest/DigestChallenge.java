package dev.ucprov.sip.digest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Digest challenge we can answer.
 *
 * @param realm the protection space (Polycom's default is {@code PolycomSPIP})
 * @param nonce the server's nonce
 * @param opaque echoed back unchanged when present
 * @param algorithm the hash; MD5 when the challenge names none (RFC 7616 §3.3)
 * @param algorithmStated whether the challenge named it: the answer then names it too, and stays
 *     silent for legacy servers that did not
 * @param qop {@code auth} when offered, else {@code auth-int}; empty for the RFC 2069 form
 */
public record DigestChallenge(
    String realm,
    String nonce,
    Optional<String> opaque,
    DigestAlgorithm algorithm,
    boolean algorithmStated,
    Optional<String> qop) {

  /**
   * The first challenge among authenticate header values that we can answer: a server lists them in
   * its order of preference and the client takes the first it supports (RFC 7616 §3.7, RFC 8760
   * §2.4).
   */
  public static Optional<DigestChallenge> first(List<String> headerValues) {
    return headerValues.stream()
        .flatMap(value -> ChallengeParser.parse(value).stream())
        .flatMap(challenge -> of(challenge).stream())
        .findFirst();
  }

  /** The challenge when it is Digest with a realm, a nonce, an algorithm and a qop we support. */
  public static Optional<DigestChallenge> of(AuthChallenge challenge) {
    if (!challenge.scheme().equalsIgnoreCase("Digest")) {
      return Optional.empty();
    }
    Optional<String> realm = challenge.param("realm");
    Optional<String> nonce = challenge.param("nonce");
    Optional<String> algorithmToken = challenge.param("algorithm");
    Optional<DigestAlgorithm> algorithm =
        algorithmToken.map(DigestAlgorithm::named).orElse(Optional.of(DigestAlgorithm.MD5));
    Optional<Optional<String>> qop = challenge.param("qop").map(DigestChallenge::chooseQop);
    if (realm.isEmpty() || nonce.isEmpty() || algorithm.isEmpty()) {
      return Optional.empty();
    }
    if (qop.isPresent() && qop.get().isEmpty()) {
      return Optional.empty(); // only qop values we do not know
    }
    return Optional.of(
        new DigestChallenge(
            realm.get(),
            nonce.get(),
            challenge.param("opaque"),
            algorithm.get(),
            algorithmToken.isPresent(),
            qop.flatMap(chosen -> chosen)));
  }

  // auth protects as much as auth-int here (SIP NOTIFY has no body; the push body is fixed) and
  // more servers implement it, so it wins when both are offered.
  private static Optional<String> chooseQop(String offered) {
    List<String> options =
        Arrays.stream(offered.split(",")).map(o -> o.strip().toLowerCase(Locale.ROOT)).toList();
    if (options.contains("auth")) {
      return Optional.of("auth");
    }
    return options.contains("auth-int") ? Optional.of("auth-int") : Optional.empty();
  }
}
