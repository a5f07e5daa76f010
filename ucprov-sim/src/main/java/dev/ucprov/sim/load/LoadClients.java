package dev.ucprov.sim.load;

import dev.ucprov.sim.transport.FileTransport;
import dev.ucprov.sim.transport.TftpTransport;
import dev.ucprov.sim.transport.Transports;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The one client every phone of a load test shares, for the protocol of its boot server, and its
 * closing. HTTP(S) is {@link PooledHttpTransport}, its connections pooled across phones; a TFTP
 * transfer has its own socket anyway. Thread-safe.
 */
public final class LoadClients implements AutoCloseable {

  /** The protocols a load test speaks (issue 7 point 3). */
  public enum Protocol {
    HTTP,
    HTTPS,
    TFTP;

    /** {@code http}, {@code https}, {@code tftp}: the URL scheme. */
    public String scheme() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Protocol> ofScheme(String scheme) {
      for (Protocol protocol : values()) {
        if (protocol.scheme().equalsIgnoreCase(scheme)) {
          return Optional.of(protocol);
        }
      }
      return Optional.empty();
    }
  }

  private final Optional<PooledHttpTransport> http;
  private final Transports transports;

  private LoadClients(Optional<PooledHttpTransport> http, Transports transports) {
    this.http = http;
    this.transports = transports;
  }

  /**
   * @param timeout each request's, from sending it to the end of the answer
   * @param tls for HTTPS: what the phones present and trust; empty for the JDK's defaults
   */
  public static LoadClients open(Protocol protocol, Duration timeout, Optional<SSLContext> tls) {
    Optional<FileTransport> none = Optional.empty();
    return switch (protocol) {
      case HTTP -> {
        PooledHttpTransport client = new PooledHttpTransport(Optional.empty(), timeout);
        yield new LoadClients(
            Optional.of(client), new Transports(Optional.of(client), none, none, none));
      }
      case HTTPS -> {
        PooledHttpTransport client =
            new PooledHttpTransport(tls.or(LoadClients::jdkDefault), timeout);
        yield new LoadClients(
            Optional.of(client), new Transports(none, Optional.of(client), none, none));
      }
      case TFTP -> {
        int retries = (int) Math.max(0, Math.min(4, timeout.toSeconds() - 1));
        TftpTransport tftp =
            new TftpTransport(Duration.ofSeconds(1), retries, TftpTransport.DEFAULT_BLOCK_SIZE);
        yield new LoadClients(
            Optional.empty(), new Transports(none, none, Optional.of(tftp), none));
      }
    };
  }

  /** The JDK's TLS defaults (its CAs, no client certificate). */
  private static Optional<SSLContext> jdkDefault() {
    try {
      return Optional.of(SSLContext.getDefault());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has a default TLS context", e);
    }
  }

  /** The client for the protocol opened; any other scheme is unreachable, as for a phone. */
  public FileTransport transport() {
    return transports;
  }

  /** Closes the HTTP connections, idle or in use. */
  @Override
  public void close() {
    http.ifPresent(PooledHttpTransport::close);
  }
}
