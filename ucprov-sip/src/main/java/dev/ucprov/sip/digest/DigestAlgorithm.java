package dev.ucprov.sip.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The digest algorithms of RFC 7616 §3.3 (and RFC 8760 for SIP), each with its session variant. */
public enum DigestAlgorithm {
  MD5("MD5", "MD5", false),
  MD5_SESS("MD5-sess", "MD5", true),
  SHA_256("SHA-256", "SHA-256", false),
  SHA_256_SESS("SHA-256-sess", "SHA-256", true),
  SHA_512_256("SHA-512-256", "SHA-512/256", false),
  SHA_512_256_SESS("SHA-512-256-sess", "SHA-512/256", true);

  private final String token;
  private final String jdkName;
  private final boolean session;

  DigestAlgorithm(String token, String jdkName, boolean session) {
    this.token = token;
    this.jdkName = jdkName;
    this.session = session;
  }

  /** The algorithm a challenge names; tokens are case-insensitive (RFC 7616 §3.3). */
  public static Optional<DigestAlgorithm> named(String token) {
    for (DigestAlgorithm algorithm : values()) {
      if (algorithm.token.equalsIgnoreCase(token.strip())) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }

  /** The name as it goes on the wire. */
  public String token() {
    return token;
  }

  /** Whether A1 includes the nonce and cnonce ({@code -sess}, RFC 7616 §3.4.2). */
  public boolean session() {
    return session;
  }

  /** H(data): the lowercase hex hash of the UTF-8 bytes of {@code text}. */
  public String hash(String text) {
    return hash(text.getBytes(StandardCharsets.UTF_8));
  }

  /** H(data) of raw bytes, for the entity body of {@code qop=auth-int}. */
  public String hash(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(jdkName).digest(data));
    } catch (NoSuchAlgorithmException e) {
      // Every JDK since 9 ships MD5, SHA-256 and SHA-512/256: a missing one is a broken runtime.
      throw new IllegalStateException("JDK lacks " + jdkName.toLowerCase(Locale.ROOT), e);
    }
  }
}
