package dev.ucprov.http.auth;

import dev.ucprov.core.access.PasswordProof;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic (RFC 7617): {@code base64(user ":" password)} in UTF-8. Clients turn credentials in
 * the URL ({@code http://user:pass@host/}) into this header too.
 */
final class BasicCredentials {

  private BasicCredentials() {}

  static Presented read(String token68) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(token68.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Presented.failed("");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Presented.failed(decoded);
    }
    String username = decoded.substring(0, colon);
    byte[] sent = sha256(decoded.substring(colon + 1));
    // Comparing digests keeps the time independent of where the passwords differ and of length.
    return new Presented(
        Optional.of(
            new PasswordProof(
                username, candidate -> MessageDigest.isEqual(sha256(candidate), sent))),
        false);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
