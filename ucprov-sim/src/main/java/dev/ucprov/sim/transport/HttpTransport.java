package dev.ucprov.sim.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * HTTP and HTTPS as a phone speaks them (polycom-facts.md §5): HTTP/1.1, GET and PUT, the phone's
 * User-Agent, credentials from the URL. A request goes without credentials until the server asks
 * (401); then Basic is sent, and from then on sent at once to that server for that user, as a phone
 * that learnt the realm does. Digest is not spoken: ucprov offers Basic beside it.
 *
 * <p>Thread-safe; one instance (and so one connection pool) may serve thousands of phones. For
 * HTTPS with a client certificate each phone has its own {@link SSLContext}, so its own instance.
 */
public final class HttpTransport implements FileTransport {

  private final HttpClient client;
  private final Duration timeout;
  private final Set<String> askedForCredentials = ConcurrentHashMap.newKeySet();

  public HttpTransport(HttpClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  /** A client for plain HTTP, or HTTPS trusting the JDK's CAs, on virtual threads. */
  public static HttpTransport create(Duration timeout) {
    return new HttpTransport(builder(timeout).build(), timeout);
  }

  /** A client presenting and trusting what {@code tls} holds. */
  public static HttpTransport create(Duration timeout, SSLContext tls) {
    return new HttpTransport(builder(timeout).sslContext(tls).build(), timeout);
  }

  private static HttpClient.Builder builder(Duration timeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(Executors.newVirtualThreadPerTaskExecutor());
  }

  @Override
  public Reply fetch(Fetch fetch) {
    Target target = Target.of(fetch.uri());
    HttpRequest.Builder request = request(target, fetch.userAgent()).GET();
    fetch.ifNoneMatch().ifPresent(etag -> request.header("If-None-Match", etag));
    try {
      return fetch.keepBody() ? kept(target, request) : counted(target, request);
    } catch (IOException e) {
      return new Reply.Unreachable(describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply.Unreachable("interrupted");
    }
  }

  @Override
  public Reply store(URI uri, String userAgent, byte[] body) {
    Target target = Target.of(uri);
    HttpRequest.Builder request =
        request(target, userAgent).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<byte[]> response = send(target, request, BodyHandlers.ofByteArray());
      int status = response.statusCode();
      return status / 100 == 2
          ? new Reply.Stored(status)
          : new Reply.Refused(status, firstLine(response.body()));
    } catch (IOException e) {
      return new Reply.Unreachable(describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply.Unreachable("interrupted");
    }
  }

  private Reply kept(Target target, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response = send(target, request, BodyHandlers.ofByteArray());
    return switch (response.statusCode()) {
      case 200 ->
          new Reply.Got(
              200,
              response.body(),
              response.body().length,
              Optional.empty(),
              response.headers().firstValue("ETag"));
      case 304 -> new Reply.NotModified();
      default -> new Reply.Refused(response.statusCode(), firstLine(response.body()));
    };
  }

  private Reply counted(Target target, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<InputStream> response = send(target, request, BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() == 304) {
        return new Reply.NotModified();
      }
      if (response.statusCode() != 200) {
        return new Reply.Refused(response.statusCode(), firstLine(body.readNBytes(200)));
      }
      MessageDigest sha256 = sha256();
      byte[] buffer = new byte[64 * 1024];
      long length = 0;
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        sha256.update(buffer, 0, n);
        length += n;
      }
      return new Reply.Got(
          200,
          new byte[0],
          length,
          Optional.of(HexFormat.of().formatHex(sha256.digest())),
          response.headers().firstValue("ETag"));
    }
  }

  /** Sends, and once more with Basic credentials when the server asks and the URL has some. */
  private <T> HttpResponse<T> send(
      Target target, HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    boolean preemptive =
        target.basic().isPresent() && askedForCredentials.contains(target.realmKey());
    if (preemptive) {
      request.header("Authorization", target.basic().get());
    }
    HttpResponse<T> response = client.send(request.build(), handler);
    if (response.statusCode() != 401 || preemptive || target.basic().isEmpty()) {
      return response;
    }
    closeQuietly(response);
    askedForCredentials.add(target.realmKey());
    return client.send(request.header("Authorization", target.basic().get()).build(), handler);
  }

  private HttpRequest.Builder request(Target target, String userAgent) {
    return HttpRequest.newBuilder(target.uri()).timeout(timeout).header("User-Agent", userAgent);
  }

  private static void closeQuietly(HttpResponse<?> response) {
    if (response.body() instanceof InputStream stream) {
      try {
        stream.close();
      } catch (IOException e) {
        // the connection is dropped; the retry opens another
      }
    }
  }

  private static String firstLine(byte[] body) {
    String text =
        new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The URL without its user information, and the Basic credentials it carried. */
  private record Target(URI uri, Optional<String> basic, String realmKey) {

    static Target of(URI uri) {
      Optional<String> basic =
          Optional.ofNullable(uri.getRawUserInfo())
              .map(Credentials::fromUserInfo)
              .map(Credentials::basicHeader);
      String authority = uri.getRawAuthority();
      String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      URI bare = URI.create(uri.getScheme() + "://" + hostPort + path + query);
      String user =
          Optional.ofNullable(uri.getRawUserInfo()).map(u -> u.split(":", 2)[0]).orElse("");
      return new Target(bare, basic, uri.getScheme() + "://" + hostPort + "|" + user);
    }
  }
}
