package dev.ucprov.http.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * The admin token, checked against {@code Authorization: Bearer <token>} (RFC 6750 section 2.1).
 * Both sides are hashed before a constant-time comparison, so neither the content nor the length of
 * the expected token shows in the time a refusal takes.
 */
final class BearerToken {

  private final byte[] expectedDigest;

  BearerToken(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("the admin token must not be empty");
    }
    this.expectedDigest = digest(token);
  }

  /** Why an Authorization header is refused, or empty when it carries the token. */
  Optional<String> refusal(Optional<String> authorization) {
    if (authorization.isEmpty()) {
      return Optional.of("missing Authorization header: send 'Authorization: Bearer <token>'");
    }
    String value = authorization.get().trim();
    int space = value.indexOf(' ');
    if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
      return Optional.of("Authorization header is not 'Bearer <token>'");
    }
    String presented = value.substring(space + 1).trim();
    if (!MessageDigest.isEqual(expectedDigest, digest(presented))) {
      return Optional.of("wrong bearer token in Authorization header");
    }
    return Optional.empty();
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
