package dev.ucprov.tftp.wire;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file's bytes as netascii (RFC 1350 appendix, RFC 764): LF becomes CR LF and CR becomes CR NUL;
 * other bytes pass unchanged. Not thread-safe.
 */
public final class NetasciiEncoding extends InputStream {

  private static final int CR = '\r';
  private static final int LF = '\n';

  private final InputStream source;
  private final byte[] buffer = new byte[8192];
  private int position;
  private int limit;
  private int pending = -1;
  private boolean ended;

  public NetasciiEncoding(InputStream source) {
    this.source = source;
  }

  /** How many bytes {@code plain} becomes in netascii; reads it to the end (and leaves it open). */
  public static long encodedSize(InputStream plain) throws IOException {
    byte[] chunk = new byte[8192];
    long size = 0;
    for (int n = plain.read(chunk); n >= 0; n = plain.read(chunk)) {
      size += n;
      for (int i = 0; i < n; i++) {
        if (chunk[i] == CR || chunk[i] == LF) {
          size++;
        }
      }
    }
    return size;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int n = 0;
    while (n < length) {
      if (pending >= 0) {
        into[offset + n++] = (byte) pending;
        pending = -1;
      } else if (position < limit) {
        byte c = buffer[position++];
        into[offset + n++] = c == LF ? (byte) CR : c;
        if (c == LF) {
          pending = LF;
        } else if (c == CR) {
          pending = 0;
        }
      } else if (!fill()) {
        break;
      }
    }
    return n == 0 ? -1 : n;
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int n = source.read(buffer, 0, buffer.length);
    if (n < 0) {
      ended = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
