package dev.ucprov.tftp.wire;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Netascii back to the file's bytes (RFC 1350 appendix, RFC 764): CR LF becomes LF and CR NUL
 * becomes CR. A CR followed by anything else is kept with what follows it, and a CR at the very end
 * is kept: tolerant of clients that send bare CRs. A CR at the end of one block waits for the first
 * byte of the next. Not thread-safe.
 */
public final class NetasciiDecoding extends OutputStream {

  private final OutputStream target;
  private boolean pendingCr;

  public NetasciiDecoding(OutputStream target) {
    this.target = target;
  }

  @Override
  public void write(int b) throws IOException {
    byte c = (byte) b;
    if (pendingCr) {
      pendingCr = false;
      if (c == '\n') {
        target.write('\n');
        return;
      }
      target.write('\r');
      if (c == 0) {
        return;
      }
    }
    if (c == '\r') {
      pendingCr = true;
    } else {
      target.write(c);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  /** The end of the transfer: a CR still waiting is written as it is. */
  public void finish() throws IOException {
    if (pendingCr) {
      pendingCr = false;
      target.write('\r');
    }
  }
}
