package dev.ucprov.sip;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Fresh identifiers for each request. Unguessable, not merely unique, because a response is
 * accepted on its branch and Call-ID alone: an off-path sender who cannot guess them cannot forge
 * an answer (RFC 3261 §8.1.1.7 asks for uniqueness; we want both). Thread-safe.
 */
final class SipIds {

  private final SecureRandom random = new SecureRandom();

  /** RFC 3261 §8.1.1.7: the magic cookie, then 96 random bits. */
  String branch() {
    return "z9hG4bK" + hex(12);
  }

  String tag() {
    return hex(8);
  }

  String callId() {
    return hex(16);
  }

  String cnonce() {
    return hex(16);
  }

  private String hex(int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }
}
