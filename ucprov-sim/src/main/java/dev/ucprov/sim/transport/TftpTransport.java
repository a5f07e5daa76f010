package dev.ucprov.sim.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code tftp://host[:port]/path}: the path without its leading {@code /} is the file name sent, as
 * phones name files relative to the server's root. No conditional reads and no User-Agent exist in
 * TFTP; every fetch is whole. Error codes map to statuses: 1 (file not found) to 404, 2 (access
 * violation) to 403, 3 (disk full) to 507, anything else to 500. Thread-safe: each transfer has its
 * own socket.
 */
public final class TftpTransport implements FileTransport {

  public static final int DEFAULT_PORT = 69;

  /** RFC 2348's example: fits an Ethernet frame with IP and UDP headers. */
  public static final int DEFAULT_BLOCK_SIZE = 1428;

  private final Duration timeout;
  private final int retries;
  private final int blockSize;

  public TftpTransport(Duration timeout, int retries, int blockSize) {
    if (blockSize < 8 || blockSize > 65_464) {
      throw new IllegalArgumentException("block size must be 8..65464 (RFC 2348): " + blockSize);
    }
    this.timeout = timeout;
    this.retries = retries;
    this.blockSize = blockSize;
  }

  /** One second between tries, five tries, 1428-byte blocks. */
  public static TftpTransport standard() {
    return new TftpTransport(Duration.ofSeconds(1), 4, DEFAULT_BLOCK_SIZE);
  }

  @Override
  public Reply fetch(Fetch fetch) {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    MessageDigest sha256 = HttpTransport.sha256();
    OutputStream sink =
        fetch.keepBody() ? kept : new DigestOutputStream(OutputStream.nullOutputStream(), sha256);
    try {
      long length = client(fetch.uri()).read(fileName(fetch.uri()), sink);
      return fetch.keepBody()
          ? new Reply.Got(200, kept.toByteArray(), length, Optional.empty(), Optional.empty())
          : new Reply.Got(
              200,
              new byte[0],
              length,
              Optional.of(HexFormat.of().formatHex(sha256.digest())),
              Optional.empty());
    } catch (TftpClient.Refusal refusal) {
      return refused(refusal);
    } catch (IOException | IllegalArgumentException e) {
      return new Reply.Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  @Override
  public Reply store(URI uri, String userAgent, byte[] body) {
    try {
      client(uri).write(fileName(uri), body);
      return new Reply.Stored(201);
    } catch (TftpClient.Refusal refusal) {
      return refused(refusal);
    } catch (IOException | IllegalArgumentException e) {
      return new Reply.Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private TftpClient client(URI uri) {
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("no host in " + uri);
    }
    int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    return new TftpClient(new InetSocketAddress(uri.getHost(), port), timeout, retries, blockSize);
  }

  static String fileName(URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Reply refused(TftpClient.Refusal refusal) {
    int status =
        switch (refusal.code) {
          case 1 -> 404;
          case 2 -> 403;
          case 3 -> 507;
          default -> 500;
        };
    return new Reply.Refused(status, "TFTP error " + refusal.code + ": " + refusal.getMessage());
  }
}
