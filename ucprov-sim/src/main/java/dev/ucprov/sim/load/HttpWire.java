package dev.ucprov.sim.load;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 connection of a load test, blocking, for a virtual thread (RFC 9112): a request
 * written whole, a response read whole (Content-Length, chunked, or to the end of the connection).
 * Not thread-safe: one request at a time, by whoever took it from the pool.
 */
final class HttpWire implements AutoCloseable {

  /** A response: status, the headers a phone uses, the body (or its length and SHA-256). */
  record Response(int status, byte[] body, long length, Optional<String> etag, boolean keepAlive) {}

  private static final int MAX_LINE = 8192;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  // Our own read buffer: BufferedInputStream takes a lock for every byte of the head's lines.
  private final byte[] buffer = new byte[16 * 1024];
  private int position;
  private int limit;

  private HttpWire(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
  }

  /** Connects, and for HTTPS shakes hands, within {@code timeout}; reads time out after it too. */
  static HttpWire open(InetSocketAddress to, Optional<SSLContext> tls, Duration timeout)
      throws IOException {
    int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    Socket plain = new Socket();
    try {
      plain.setTcpNoDelay(true);
      plain.connect(
          to.isUnresolved() ? new InetSocketAddress(to.getHostString(), to.getPort()) : to, millis);
      plain.setSoTimeout(millis);
      if (tls.isEmpty()) {
        return new HttpWire(plain);
      }
      SSLSocket secure =
          (SSLSocket)
              tls.get()
                  .getSocketFactory()
                  .createSocket(plain, to.getHostString(), to.getPort(), true);
      secure.startHandshake();
      return new HttpWire(secure);
    } catch (IOException | RuntimeException e) {
      plain.close();
      throw e;
    }
  }

  /**
   * Sends the request head (and body) and reads the response.
   *
   * @param digest where a body not kept is hashed; empty to keep the body
   */
  Response exchange(byte[] head, byte[] body, boolean headOnly, Optional<MessageDigest> digest)
      throws IOException {
    out.write(head);
    out.write(body);
    out.flush();
    String statusLine = line();
    if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x status line: '" + statusLine + "'");
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long contentLength = -1;
    boolean chunked = false;
    boolean close = statusLine.startsWith("HTTP/1.0");
    Optional<String> etag = Optional.empty();
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).strip();
      switch (name) {
        case "content-length" -> contentLength = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        case "etag" -> etag = Optional.of(value);
        default -> {
          // a phone reads no other header
        }
      }
    }
    boolean bodiless = headOnly || status == 204 || status == 304 || status / 100 == 1;
    BodySink sink = new BodySink(digest);
    if (!bodiless) {
      if (chunked) {
        readChunked(sink);
      } else if (contentLength >= 0) {
        copy(sink, contentLength);
      } else {
        copy(sink, Long.MAX_VALUE);
        close = true;
      }
    }
    return new Response(status, sink.kept(), sink.length(), etag, !close);
  }

  private void readChunked(BodySink sink) throws IOException {
    while (true) {
      String size = line();
      int semicolon = size.indexOf(';');
      long length =
          Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
      if (length == 0) {
        while (!line().isEmpty()) {
          // trailer fields, ignored
        }
        return;
      }
      copy(sink, length);
      line();
    }
  }

  /** Copies {@code length} bytes (or to the end when {@code Long.MAX_VALUE}) into the sink. */
  private void copy(BodySink sink, long length) throws IOException {
    long left = length;
    while (left > 0) {
      if (position == limit && !fill()) {
        if (length == Long.MAX_VALUE) {
          return;
        }
        throw new EOFException("the connection ended " + left + " bytes before the body's end");
      }
      int n = (int) Math.min(limit - position, left);
      sink.write(buffer, position, n);
      position += n;
      left -= n;
    }
  }

  /** Reads what the socket has into the empty buffer; false at the end of the stream. */
  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position++] & 0xff;
  }

  /** A CRLF-terminated line in ISO-8859-1, without its end. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = read(); c != '\n'; c = read()) {
      if (c < 0) {
        throw new EOFException("the connection ended in a response head");
      }
      if (line.length() > MAX_LINE) {
        throw new IOException("a response line longer than " + MAX_LINE + " bytes");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing a connection that failed: nothing more to do
    }
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
