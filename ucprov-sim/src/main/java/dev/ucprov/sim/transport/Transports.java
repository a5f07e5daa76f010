package dev.ucprov.sim.transport;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The client for each scheme a boot server URL or a master config URL may name: {@code http},
 * {@code https}, {@code tftp}, {@code ftp}. A scheme without a client is unreachable, as it is for
 * a phone. Thread-safe when its clients are.
 */
public record Transports(
    Optional<FileTransport> http,
    Optional<FileTransport> https,
    Optional<FileTransport> tftp,
    Optional<FileTransport> ftp)
    implements FileTransport {

  /**
   * A client for every scheme: one HTTP client for http and https (presenting and trusting what
   * {@code tls} holds, when given), TFTP with RFC 2348 blocks of 1428 bytes, FTP passive.
   */
  public static Transports standard(Duration timeout, Optional<SSLContext> tls) {
    HttpTransport http =
        tls.map(c -> HttpTransport.create(timeout, c))
            .orElseGet(() -> HttpTransport.create(timeout));
    return new Transports(
        Optional.of(http),
        Optional.of(http),
        Optional.of(
            new TftpTransport(
                timeout.compareTo(Duration.ofSeconds(1)) < 0 ? timeout : Duration.ofSeconds(1),
                4,
                TftpTransport.DEFAULT_BLOCK_SIZE)),
        Optional.of(new FtpTransport(timeout)));
  }

  /** The same client for every scheme: what tests with a fake server use. */
  public static Transports all(FileTransport transport) {
    Optional<FileTransport> one = Optional.of(transport);
    return new Transports(one, one, one, one);
  }

  public Transports withHttps(FileTransport transport) {
    return new Transports(http, Optional.of(transport), tftp, ftp);
  }

  @Override
  public Reply fetch(Fetch fetch) {
    return forScheme(fetch.uri())
        .map(t -> t.fetch(fetch))
        .orElseGet(() -> unsupported(fetch.uri()));
  }

  @Override
  public Reply store(URI uri, String userAgent, byte[] body) {
    return forScheme(uri).map(t -> t.store(uri, userAgent, body)).orElseGet(() -> unsupported(uri));
  }

  private Optional<FileTransport> forScheme(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return switch (scheme) {
      case "http" -> http;
      case "https" -> https;
      case "tftp" -> tftp;
      case "ftp" -> ftp;
      default -> Optional.empty();
    };
  }

  private static Reply unsupported(URI uri) {
    return new Reply.Unreachable("no client for " + uri);
  }
}
