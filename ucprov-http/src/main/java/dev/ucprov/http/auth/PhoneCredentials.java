package dev.ucprov.http.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The phone listener's side of HTTP authentication: {@link #read} turns an {@code Authorization}
 * header into what the core's access policy checks, {@link #challenges} gives the {@code
 * WWW-Authenticate} values of a 401: Digest MD5, Digest SHA-256 and Basic by default, or SHA-256
 * first. Many clients use the first Digest challenge only, whatever they support (curl does; old
 * phone firmware knows MD5 only), so MD5 comes first unless the operator knows every phone speaks
 * SHA-256 (ADR 0012). The realm is the id of the tenant the request reached. Thread-safe.
 */
public final class PhoneCredentials {

  private final Clock clock;
  private final NonceSigner signer;
  private final DigestCredentials digest;
  private final String opaque;
  private final boolean sha256First;

  /**
   * @param nonceLifetime how long a Digest nonce is accepted; after it the client gets a 401 with
   *     {@code stale=true}
   * @param maxNonces how many nonces' counts are remembered (memory bound, see {@link NonceLedger})
   * @param sha256First offer Digest SHA-256 before MD5
   */
  public PhoneCredentials(
      Duration nonceLifetime,
      int maxNonces,
      boolean sha256First,
      Clock clock,
      SecureRandom random) {
    if (nonceLifetime.isNegative() || nonceLifetime.isZero()) {
      throw new IllegalArgumentException("nonce lifetime must be positive, got " + nonceLifetime);
    }
    this.clock = clock;
    this.sha256First = sha256First;
    this.signer = new NonceSigner(random);
    this.digest =
        new DigestCredentials(signer, new NonceLedger(maxNonces), nonceLifetime.toMillis());
    byte[] opaqueBytes = new byte[12];
    random.nextBytes(opaqueBytes);
    this.opaque = Base64.getUrlEncoder().withoutPadding().encodeToString(opaqueBytes);
  }

  /** Up to 100,000 nonces remembered, MD5 offered first, a fresh random key. */
  public static PhoneCredentials withNonceLifetime(Duration nonceLifetime, Clock clock) {
    return new PhoneCredentials(nonceLifetime, 100_000, false, clock, new SecureRandom());
  }

  /**
   * What a request presented.
   *
   * @param method the request method, part of what a Digest response covers
   * @param requestTarget the request target as sent (path and query); a Digest {@code uri} must
   *     equal it
   * @param authorization the {@code Authorization} header, when sent
   */
  public Presented read(String method, String requestTarget, Optional<String> authorization) {
    if (authorization.isEmpty()) {
      return Presented.NOTHING;
    }
    String header = authorization.get().strip();
    int space = header.indexOf(' ');
    String scheme = (space < 0 ? header : header.substring(0, space)).toLowerCase(Locale.ROOT);
    String rest = space < 0 ? "" : header.substring(space + 1);
    return switch (scheme) {
      case "basic" -> BasicCredentials.read(rest);
      case "digest" -> digest.read(rest, method, requestTarget, clock.millis());
      default -> Presented.NOTHING;
    };
  }

  /** The {@code WWW-Authenticate} values of a 401, each with a fresh nonce. */
  public List<String> challenges(String realm, boolean stale) {
    String quotedRealm = quoted(realm);
    String md5 = digestChallenge(quotedRealm, DigestAlgorithm.MD5, stale);
    String sha256 = digestChallenge(quotedRealm, DigestAlgorithm.SHA_256, stale);
    String basic = "Basic realm=" + quotedRealm + ", charset=\"UTF-8\"";
    return sha256First ? List.of(sha256, md5, basic) : List.of(md5, sha256, basic);
  }

  private String digestChallenge(String quotedRealm, DigestAlgorithm algorithm, boolean stale) {
    return "Digest realm="
        + quotedRealm
        + ", qop=\"auth\", algorithm="
        + algorithm.token()
        + ", nonce=\""
        + signer.issue(clock.millis())
        + "\", opaque=\""
        + opaque
        + "\""
        + (stale ? ", stale=true" : "");
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
