package dev.ucprov.ftp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Collects an upload's bytes, at most {@code cap}; the byte past the cap stops the transfer with
 * {@link OverCap}, so an oversized body is never held. Not thread-safe: one transfer.
 */
final class CappedBody extends OutputStream {

  /** Thrown by the write that passes the cap; the data connection is then closed. */
  static final class OverCap extends IOException {
    OverCap(long cap) {
      super("the upload passed its cap of " + cap + " bytes");
    }
  }

  private final long cap;
  private final ByteArrayOutputStream bytes;
  private long count;

  CappedBody(long cap) {
    this.cap = cap;
    this.bytes = new ByteArrayOutputStream((int) Math.min(cap, 64 * 1024));
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] buffer, int offset, int length) throws IOException {
    count += length;
    if (count > cap) {
      throw new OverCap(cap);
    }
    bytes.write(buffer, offset, length);
  }

  /** Bytes received so far, counting those past the cap. */
  long count() {
    return count;
  }

  byte[] content() {
    return bytes.toByteArray();
  }
}
