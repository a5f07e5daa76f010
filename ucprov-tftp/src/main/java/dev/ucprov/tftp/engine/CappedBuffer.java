package dev.ucprov.tftp.engine;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Holds what a write request sends, up to {@code cap + 1} bytes: enough to tell a body over the cap
 * without holding it (ADR 0011). Not thread-safe.
 */
final class CappedBuffer extends OutputStream {

  private final long cap;
  private byte[] bytes = new byte[1024];
  private int size;
  private long total;

  CappedBuffer(long cap) {
    this.cap = cap;
  }

  @Override
  public void write(int b) {
    total++;
    if (size <= cap) {
      ensure(size + 1);
      bytes[size++] = (byte) b;
    }
  }

  @Override
  public void write(byte[] from, int offset, int length) {
    total += length;
    int kept = (int) Math.min(length, cap + 1 - size);
    if (kept > 0) {
      ensure(size + kept);
      System.arraycopy(from, offset, bytes, size, kept);
      size += kept;
    }
  }

  private void ensure(int needed) {
    if (needed > bytes.length) {
      int grown = (int) Math.min(Math.max(needed, (long) bytes.length * 2), cap + 1);
      bytes = Arrays.copyOf(bytes, Math.max(grown, needed));
    }
  }

  boolean over() {
    return total > cap;
  }

  long total() {
    return total;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }
}
