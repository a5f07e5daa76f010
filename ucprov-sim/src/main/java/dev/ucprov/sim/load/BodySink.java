package dev.ucprov.sim.load;

import java.security.MessageDigest;
import java.util.Optional;

/** A response body as it is read: kept, or only counted and hashed. Not thread-safe. */
final class BodySink {
  private final Optional<MessageDigest> digest;
  private final java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
  private long length;

  long length() {
    return length;
  }

  BodySink(Optional<MessageDigest> digest) {
    this.digest = digest;
  }

  void write(byte[] buffer, int offset, int n) {
    length += n;
    if (digest.isPresent()) {
      digest.get().update(buffer, offset, n);
    } else {
      kept.write(buffer, offset, n);
    }
  }

  byte[] kept() {
    return digest.isPresent() ? new byte[0] : kept.toByteArray();
  }
}
