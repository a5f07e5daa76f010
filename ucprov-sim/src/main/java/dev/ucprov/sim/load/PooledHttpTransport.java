package dev.ucprov.sim.load;

import dev.ucprov.sim.transport.Fetch;
import dev.ucprov.sim.transport.FileTransport;
import dev.ucprov.sim.transport.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.net.ssl.SSLContext;

/**
 * HTTP/1.1 for the phones of a load test: blocking sockets on the phones' virtual threads and a
 * pool of keep-alive connections per server, so a request costs a write and a read and no thread
 * hand-off (the JDK's HttpClient spent two thirds of the load driver's CPU in its selector and
 * timers). Phones' requests as {@code HttpTransport} makes them: GET and PUT, their User-Agent,
 * Basic credentials from the URL once the server asked (401), then at once.
 *
 * <p>A request on a pooled connection the server has closed meanwhile is sent again once on a new
 * one. Thread-safe; {@link #close()} closes every connection, in use or idle.
 */
public final class PooledHttpTransport implements FileTransport, AutoCloseable {

  private final Optional<SSLContext> tls;
  private final Duration timeout;
  private final Map<String, Deque<HttpWire>> idle = new ConcurrentHashMap<>();
  private final Set<HttpWire> open = ConcurrentHashMap.newKeySet();
  private final Set<String> askedForCredentials = ConcurrentHashMap.newKeySet();

  /**
   * @param tls for {@code https} URLs: what the phones present and trust
   * @param timeout to connect, and between two reads of an answer
   */
  public PooledHttpTransport(Optional<SSLContext> tls, Duration timeout) {
    this.tls = tls;
    this.timeout = timeout;
  }

  @Override
  public Reply fetch(Fetch fetch) {
    HttpTarget target = HttpTarget.of(fetch.uri());
    StringBuilder extra = new StringBuilder();
    fetch
        .ifNoneMatch()
        .ifPresent(etag -> extra.append("If-None-Match: ").append(etag).append("\r\n"));
    Optional<MessageDigest> digest = fetch.keepBody() ? Optional.empty() : Optional.of(sha256());
    try {
      HttpWire.Response response =
          send(target, "GET", fetch.userAgent(), extra, new byte[0], digest);
      return switch (response.status()) {
        case 200 ->
            new Reply.Got(
                200,
                response.body(),
                response.length(),
                digest.map(d -> HexFormat.of().formatHex(d.digest())),
                response.etag());
        case 304 -> new Reply.NotModified();
        default -> new Reply.Refused(response.status(), firstLine(response.body()));
      };
    } catch (IOException | RuntimeException e) {
      return new Reply.Unreachable(describe(e));
    }
  }

  @Override
  public Reply store(URI uri, String userAgent, byte[] body) {
    HttpTarget target = HttpTarget.of(uri);
    try {
      HttpWire.Response response =
          send(target, "PUT", userAgent, new StringBuilder(), body, Optional.empty());
      return response.status() / 100 == 2
          ? new Reply.Stored(response.status())
          : new Reply.Refused(response.status(), firstLine(response.body()));
    } catch (IOException | RuntimeException e) {
      return new Reply.Unreachable(describe(e));
    }
  }

  /** Sends, and once more with Basic credentials when the server asks and the URL has some. */
  private HttpWire.Response send(
      HttpTarget target,
      String method,
      String userAgent,
      StringBuilder extra,
      byte[] body,
      Optional<MessageDigest> digest)
      throws IOException {
    boolean preemptive =
        target.credentials().isPresent() && askedForCredentials.contains(target.realmKey());
    HttpWire.Response response =
        exchange(target, head(target, method, userAgent, extra, body, preemptive), body, digest);
    if (response.status() != 401 || preemptive || target.credentials().isEmpty()) {
      return response;
    }
    askedForCredentials.add(target.realmKey());
    digest.ifPresent(MessageDigest::reset);
    return exchange(target, head(target, method, userAgent, extra, body, true), body, digest);
  }

  private HttpWire.Response exchange(
      HttpTarget target, byte[] head, byte[] body, Optional<MessageDigest> digest)
      throws IOException {
    Deque<HttpWire> pool =
        idle.computeIfAbsent(target.poolKey(), k -> new ConcurrentLinkedDeque<>());
    HttpWire pooled = pool.pollFirst();
    if (pooled != null) {
      try {
        return finish(pool, pooled, pooled.exchange(head, body, false, digest));
      } catch (java.io.EOFException | java.net.SocketException e) {
        // The server closed the idle connection: a new one, once. (A read timeout is not retried.)
        discard(pooled);
        digest.ifPresent(MessageDigest::reset);
      }
    }
    HttpWire fresh =
        HttpWire.open(target.address(), target.secure() ? tls : Optional.empty(), timeout);
    open.add(fresh);
    try {
      return finish(pool, fresh, fresh.exchange(head, body, false, digest));
    } catch (IOException | RuntimeException e) {
      discard(fresh);
      throw e;
    }
  }

  private HttpWire.Response finish(
      Deque<HttpWire> pool, HttpWire wire, HttpWire.Response response) {
    if (response.keepAlive()) {
      pool.offerFirst(wire);
    } else {
      discard(wire);
    }
    return response;
  }

  private void discard(HttpWire wire) {
    open.remove(wire);
    wire.close();
  }

  private static byte[] head(
      HttpTarget target,
      String method,
      String userAgent,
      StringBuilder extra,
      byte[] body,
      boolean withCredentials) {
    StringBuilder head = new StringBuilder(256);
    head.append(method).append(' ').append(target.requestTarget()).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(target.host()).append("\r\n");
    head.append("User-Agent: ").append(userAgent).append("\r\n");
    head.append(extra);
    if (withCredentials) {
      head.append("Authorization: ")
          .append(target.credentials().get().basicHeader())
          .append("\r\n");
    }
    if (method.equals("PUT")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    return HttpWire.ascii(head.toString());
  }

  @Override
  public void close() {
    idle.clear();
    open.forEach(HttpWire::close);
    open.clear();
  }

  private static String firstLine(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
