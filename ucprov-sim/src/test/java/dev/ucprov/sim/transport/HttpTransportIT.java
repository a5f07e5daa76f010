package dev.ucprov.sim.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP client against the JDK's HTTP server: credentials, conditional GET, PUT, failures. */
class HttpTransportIT {

  private static final String AGENT =
      "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application";
  private static final String BASIC =
      "Basic "
          + java.util.Base64.getEncoder()
              .encodeToString("alice:s3cret/x".getBytes(StandardCharsets.UTF_8));

  private HttpServer server;
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final Map<String, byte[]> stored = new ConcurrentHashMap<>();
  private final HttpTransport http = HttpTransport.create(Duration.ofSeconds(5));

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String auth =
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("-");
    seen.add(
        exchange.getRequestMethod()
            + " "
            + exchange.getRequestURI().getPath()
            + " "
            + auth
            + " "
            + exchange.getRequestHeaders().getFirst("User-Agent"));
    byte[] body = exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getPath();
    if (path.startsWith("/private/") && !auth.equals(BASIC)) {
      exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"acme\"");
      reply(exchange, 401, "Unauthorized\n");
    } else if (exchange.getRequestMethod().equals("PUT")) {
      stored.put(path, body);
      exchange.getResponseHeaders().add("ETag", "\"v1\"");
      exchange.sendResponseHeaders(201, -1);
      exchange.close();
    } else if (path.endsWith("/missing.cfg")) {
      reply(exchange, 404, "Not Found\n");
    } else if ("\"e1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      exchange.getResponseHeaders().add("ETag", "\"e1\"");
      exchange.sendResponseHeaders(304, -1);
      exchange.close();
    } else {
      exchange.getResponseHeaders().add("ETag", "\"e1\"");
      reply(exchange, 200, "<polycomConfig a.b=\"1\"/>");
    }
  }

  private static void reply(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private URI uri(String userInfo, String path) {
    return URI.create("http://" + userInfo + "127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void aFileComesWithItsEtagAndThePhonesUserAgent() {
    Reply reply = http.fetch(Fetch.of(uri("", "/acme/site.cfg"), AGENT));

    Reply.Got got = (Reply.Got) reply;
    assertThat(new String(got.body(), StandardCharsets.UTF_8))
        .isEqualTo("<polycomConfig a.b=\"1\"/>");
    assertThat(got.etag()).contains("\"e1\"");
    assertThat(seen).containsExactly("GET /acme/site.cfg - " + AGENT);
  }

  @Test
  void theEtagHeldMakesA304() {
    Reply reply =
        http.fetch(Fetch.of(uri("", "/acme/site.cfg"), AGENT).ifNoneMatch(Optional.of("\"e1\"")));

    assertThat(reply).isEqualTo(new Reply.NotModified());
  }

  @Test
  void credentialsFromTheUrlGoAfterTheFirst401AndThenAtOnce() {
    URI first = uri("alice:s3cret%2Fx@", "/private/a.cfg");

    assertThat(http.fetch(Fetch.of(first, AGENT)).status()).isEqualTo(200);
    assertThat(http.fetch(Fetch.of(uri("alice:s3cret%2Fx@", "/private/b.cfg"), AGENT)).status())
        .isEqualTo(200);

    assertThat(seen)
        .containsExactly(
            "GET /private/a.cfg - " + AGENT,
            "GET /private/a.cfg " + BASIC + " " + AGENT,
            "GET /private/b.cfg " + BASIC + " " + AGENT);
  }

  @Test
  void withoutCredentialsA401IsRefused() {
    Reply reply = http.fetch(Fetch.of(uri("", "/private/a.cfg"), AGENT));

    assertThat(reply).isEqualTo(new Reply.Refused(401, "Unauthorized"));
  }

  @Test
  void aPutStoresTheWholeBody() {
    Reply reply =
        http.store(
            uri("", "/acme/logs/0004f2aabbcc-app.log"),
            AGENT,
            "line\n".getBytes(StandardCharsets.UTF_8));

    assertThat(reply).isEqualTo(new Reply.Stored(201));
    assertThat(stored.get("/acme/logs/0004f2aabbcc-app.log"))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("line\n");
  }

  @Test
  void countingOnlyGivesLengthAndHashButNoBody() {
    Reply.Got got = (Reply.Got) http.fetch(Fetch.of(uri("", "/acme/sip.ld"), AGENT).countingOnly());

    assertThat(got.body()).isEmpty();
    assertThat(got.length()).isEqualTo(24);
    assertThat(got.sha256()).hasValueSatisfying(s -> assertThat(s).hasSize(64));
  }

  @Test
  void a404AndADeadServerAreTold() {
    assertThat(http.fetch(Fetch.of(uri("", "/acme/missing.cfg"), AGENT)))
        .isEqualTo(new Reply.Refused(404, "Not Found"));
    server.stop(0);
    assertThat(http.fetch(Fetch.of(uri("", "/acme/site.cfg"), AGENT)))
        .isInstanceOf(Reply.Unreachable.class);
  }
}
