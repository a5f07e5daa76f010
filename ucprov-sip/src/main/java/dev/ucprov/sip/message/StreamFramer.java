package dev.ucprov.sip.message;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Cuts the byte stream of a TCP or TLS connection into messages: a header section, then as many
 * body bytes as Content-Length says (RFC 3261 §18.3, where it is mandatory). Blank lines between
 * messages are keep-alives (RFC 5626 §3.5.1) and are skipped. Not thread-safe: one reader per
 * connection.
 */
public final class StreamFramer {

  /** Larger than any response to a NOTIFY; a peer that sends more is not a phone we can talk to. */
  public static final int MAX_MESSAGE = 64 * 1024;

  private byte[] buffer = new byte[4096];
  private int length;

  /** Adds bytes read from the connection. */
  public void append(byte[] data, int offset, int count) {
    if (length + count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
    }
    System.arraycopy(data, offset, buffer, length, count);
    length += count;
  }

  /**
   * The next complete message, if the buffer holds one.
   *
   * @throws IOException when the peer breaks the framing: the connection cannot be trusted further
   */
  public Optional<byte[]> next() throws IOException {
    skipKeepAlives();
    int headerEnd = headerEnd();
    if (headerEnd < 0) {
      if (length > MAX_MESSAGE) {
        throw new IOException("no end of SIP headers within " + MAX_MESSAGE + " bytes");
      }
      return Optional.empty();
    }
    long total = (long) headerEnd + contentLength(headerEnd);
    if (total > MAX_MESSAGE) {
      throw new IOException("SIP message of " + total + " bytes; at most " + MAX_MESSAGE);
    }
    if (length < total) {
      return Optional.empty();
    }
    byte[] message = Arrays.copyOf(buffer, (int) total);
    consume((int) total);
    return Optional.of(message);
  }

  private void skipKeepAlives() {
    int skip = 0;
    while (skip < length && (buffer[skip] == '\r' || buffer[skip] == '\n')) {
      skip++;
    }
    consume(skip);
  }

  /** Index just past the blank line ending the headers, or -1. */
  private int headerEnd() {
    for (int i = 0; i + 1 < length; i++) {
      if (buffer[i] == '\n' && buffer[i + 1] == '\n') {
        return i + 2;
      }
      if (buffer[i] == '\n' && buffer[i + 1] == '\r' && i + 2 < length && buffer[i + 2] == '\n') {
        return i + 3;
      }
    }
    return -1;
  }

  private int contentLength(int headerEnd) throws IOException {
    String headers = new String(buffer, 0, headerEnd, StandardCharsets.UTF_8);
    for (String line : headers.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && SipHeaders.normalise(line.substring(0, colon)).equals("content-length")) {
        String value = line.substring(colon + 1).strip();
        if (!value.matches("[0-9]{1,9}")) {
          throw new IOException("Content-Length is not a number: '" + value + "'");
        }
        return Integer.parseInt(value);
      }
    }
    return 0;
  }

  private void consume(int count) {
    System.arraycopy(buffer, count, buffer, 0, length - count);
    length -= count;
  }
}
