package dev.ucprov.http.admin;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that answers 413 as soon as it passes its limit, whatever Content-Length said. */
final class BoundedInput extends FilterInputStream {

  private final long limit;
  private long count;

  BoundedInput(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  static ApiError tooLarge(long limit) {
    return new ApiError(413, "request body larger than the limit of " + limit + " bytes");
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void counted(long n) {
    count += n;
    if (count > limit) {
      throw tooLarge(limit);
    }
  }
}
