package dev.ucprov.http.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The Digest algorithms ucprov accepts (RFC 7616 §3.2); SHA-512-256 is not offered. */
enum DigestAlgorithm {
  MD5("MD5", "MD5", false),
  MD5_SESS("MD5-sess", "MD5", true),
  SHA_256("SHA-256", "SHA-256", false),
  SHA_256_SESS("SHA-256-sess", "SHA-256", true);

  private final String token;
  private final String jdkName;
  private final boolean session;

  DigestAlgorithm(String token, String jdkName, boolean session) {
    this.token = token;
    this.jdkName = jdkName;
    this.session = session;
  }

  /** The algorithm a header names; MD5 when it names none (RFC 7616 §3.3). */
  static Optional<DigestAlgorithm> named(Optional<String> token) {
    if (token.isEmpty()) {
      return Optional.of(MD5);
    }
    for (DigestAlgorithm algorithm : values()) {
      if (algorithm.token.toLowerCase(Locale.ROOT).equals(token.get().toLowerCase(Locale.ROOT))) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }

  String token() {
    return token;
  }

  /** H(data) in lower-case hex (RFC 7616 §3.4.1 KD and H). */
  String hash(String data) {
    try {
      byte[] digest =
          MessageDigest.getInstance(jdkName).digest(data.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + jdkName, e);
    }
  }

  /** H(A1) for a candidate password (RFC 7616 §3.4.2). */
  String ha1(String username, String realm, String password, String nonce, String cnonce) {
    String base = hash(username + ":" + realm + ":" + password);
    return session ? hash(base + ":" + nonce + ":" + cnonce) : base;
  }
}
