package dev.ucprov.http.auth;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless Digest nonces: the issue time in milliseconds, 8 random bytes, and the first 16 bytes
 * of an HMAC-SHA256 over both with a key drawn at random when the process starts; base64url, 43
 * characters. A nonce of another process (before a restart, another node) does not verify, and is
 * treated like an expired one: the client is asked to retry with a fresh nonce (stale=true).
 * Thread-safe.
 */
final class NonceSigner {

  private static final int TIME = 8;
  private static final int RANDOM = 8;
  private static final int TAG = 16;

  private final SecureRandom random;
  private final SecretKeySpec key;

  NonceSigner(SecureRandom random) {
    this.random = random;
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** A new nonce issued at {@code nowMillis}. */
  String issue(long nowMillis) {
    byte[] body = new byte[TIME + RANDOM];
    ByteBuffer.wrap(body).putLong(nowMillis);
    byte[] salt = new byte[RANDOM];
    random.nextBytes(salt);
    System.arraycopy(salt, 0, body, TIME, RANDOM);
    ByteBuffer out = ByteBuffer.allocate(TIME + RANDOM + TAG);
    out.put(body).put(tag(body));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
  }

  /** When a nonce this signer issued was issued; empty for anything else. */
  OptionalLong issuedAt(String nonce) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(nonce);
    } catch (IllegalArgumentException e) {
      return OptionalLong.empty();
    }
    if (raw.length != TIME + RANDOM + TAG) {
      return OptionalLong.empty();
    }
    byte[] body = Arrays.copyOf(raw, TIME + RANDOM);
    byte[] tag = Arrays.copyOfRange(raw, TIME + RANDOM, raw.length);
    if (!MessageDigest.isEqual(tag, tag(body))) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ByteBuffer.wrap(body).getLong());
  }

  private byte[] tag(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(body), TAG);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }
}
