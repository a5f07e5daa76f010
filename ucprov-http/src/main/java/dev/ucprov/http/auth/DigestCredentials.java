package dev.ucprov.http.auth;

import dev.ucprov.core.access.PasswordProof;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a Digest {@code Authorization} header into a proof (RFC 7616 §3.4). Anything malformed, an
 * unsupported {@code qop} or algorithm, a {@code uri} other than the request target, or a nonce
 * count already used is a failed authentication; a nonce that is too old, of another process or (in
 * the RFC 2069 form) already used is stale, not a failure.
 */
final class DigestCredentials {

  private final NonceSigner signer;
  private final NonceLedger ledger;
  private final long lifetimeMillis;

  DigestCredentials(NonceSigner signer, NonceLedger ledger, long lifetimeMillis) {
    this.signer = signer;
    this.ledger = ledger;
    this.lifetimeMillis = lifetimeMillis;
  }

  Presented read(String params, String method, String requestTarget, long nowMillis) {
    Optional<Map<String, String>> parsed = AuthParams.parse(params);
    if (parsed.isEmpty()) {
      return Presented.failed("");
    }
    Map<String, String> p = parsed.get();
    Optional<String> username = username(p);
    if (username.isEmpty()) {
      return Presented.failed("");
    }
    String user = username.get();
    Optional<DigestAlgorithm> algorithm =
        DigestAlgorithm.named(Optional.ofNullable(p.get("algorithm")));
    if (algorithm.isEmpty()
        || !p.containsKey("realm")
        || !p.containsKey("nonce")
        || !p.containsKey("response")
        || !requestTarget.equals(p.get("uri"))) {
      return Presented.failed(user);
    }
    OptionalLong issuedAt = signer.issuedAt(p.get("nonce"));
    long expiredBefore = nowMillis - lifetimeMillis;
    if (issuedAt.isEmpty()
        || issuedAt.getAsLong() < expiredBefore
        || !ledger.usable(issuedAt.getAsLong())) {
      return Presented.STALE;
    }
    Optional<DigestCheck.QopFields> qop;
    if (p.containsKey("qop")) {
      qop = qop(p);
      if (qop.isEmpty()) {
        return Presented.failed(user);
      }
      if (ledger.used(p.get("nonce"), qop.get().count())) {
        // A replay is a failure; stale=true still lets a confused client recover.
        return new Presented(Presented.failed(user).password(), true);
      }
    } else {
      qop = Optional.empty();
      if (ledger.used(p.get("nonce"), 0)) {
        return Presented.STALE;
      }
    }
    DigestCheck.Fields fields =
        new DigestCheck.Fields(
            algorithm.get(),
            user,
            p.get("realm"),
            p.get("nonce"),
            issuedAt.getAsLong(),
            p.get("uri"),
            qop,
            p.get("response"));
    return new Presented(
        Optional.of(
            new PasswordProof(user, new DigestCheck(fields, method, ledger, expiredBefore))),
        false);
  }

  /** {@code qop=auth} with an 8-hex-digit {@code nc} and a {@code cnonce}; auth-int is refused. */
  private static Optional<DigestCheck.QopFields> qop(Map<String, String> p) {
    String nc = p.getOrDefault("nc", "");
    String cnonce = p.getOrDefault("cnonce", "");
    if (!p.get("qop").equalsIgnoreCase("auth")
        || cnonce.isEmpty()
        || !nc.matches("[0-9a-fA-F]{8}")) {
      return Optional.empty();
    }
    return Optional.of(new DigestCheck.QopFields(nc, Long.parseLong(nc, 16), cnonce));
  }

  /** {@code username}, or {@code username*} in the RFC 8187 form ({@code UTF-8''%C3%BC}). */
  private static Optional<String> username(Map<String, String> p) {
    if (p.containsKey("username")) {
      return p.containsKey("username*") ? Optional.empty() : Optional.of(p.get("username"));
    }
    String extended = p.get("username*");
    if (extended == null) {
      return Optional.empty();
    }
    String prefix = "utf-8''";
    if (!extended.toLowerCase(Locale.ROOT).startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      String encoded = extended.substring(prefix.length()).replace("+", "%2B");
      return Optional.of(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
