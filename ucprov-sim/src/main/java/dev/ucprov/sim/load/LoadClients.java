package dev.ucprov.sim.load;

import dev.ucprov.sim.transport.FileTransport;
import dev.ucprov.sim.transport.HttpTransport;
import dev.ucprov.sim.transport.TftpTransport;
import dev.ucprov.sim.transport.Transports;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * The one client every phone of a load test shares, for the protocol of its boot server, and its
 * closing. An HTTP(S) client pools its connections across phones; a TFTP transfer has its own
 * socket anyway. Thread-safe.
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

  private final Optional<HttpClient> http;
  private final Transports transports;

  private LoadClients(Optional<HttpClient> http, Transports transports) {
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
        HttpClient client = client(timeout, Optional.empty());
        yield new LoadClients(
            Optional.of(client),
            new Transports(Optional.of(new HttpTransport(client, timeout)), none, none, none));
      }
      case HTTPS -> {
        HttpClient client = client(timeout, tls);
        yield new LoadClients(
            Optional.of(client),
            new Transports(none, Optional.of(new HttpTransport(client, timeout)), none, none));
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

  /** Phones' HTTP/1.1 as {@link HttpTransport} expects it, its tasks on virtual threads. */
  private static HttpClient client(Duration timeout, Optional<SSLContext> tls) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newVirtualThreadPerTaskExecutor());
    tls.ifPresent(builder::sslContext);
    return builder.build();
  }

  /** The client for the protocol opened; any other scheme is unreachable, as for a phone. */
  public FileTransport transport() {
    return transports;
  }

  /** Closes the HTTP client's connections and thread without waiting for requests in flight. */
  @Override
  public void close() {
    http.ifPresent(HttpClient::shutdownNow);
  }
}
