package dev.ucprov.sim.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ucprov.sim.transport.Fetch;
import dev.ucprov.sim.transport.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load test's HTTP client against the JDK's HTTP server on loopback. */
class PooledHttpTransportIT {

  private static final String AGENT =
      "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application";
  private static final byte[] SITE = "<polycomConfig a.b=\"1\"/>".getBytes(StandardCharsets.UTF_8);

  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final List<byte[]> stored = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private PooledHttpTransport transport;
  private URI root;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
    root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    transport = new PooledHttpTransport(Optional.empty(), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    transport.close();
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    clientPorts.add(exchange.getRemoteAddress().getPort());
    String path = exchange.getRequestURI().getPath();
    byte[] body = exchange.getRequestBody().readAllBytes();
    exchange
        .getRequestHeaders()
        .getOrDefault("Authorization", List.of())
        .forEach(authorizations::add);
    switch (path) {
      case "/site.cfg" -> {
        if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
          exchange.sendResponseHeaders(304, -1);
        } else {
          exchange.getResponseHeaders().add("ETag", "\"v1\"");
          send(exchange, 200, SITE);
        }
      }
      case "/chunked.ld" -> {
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
          for (int i = 0; i < 100; i++) {
            out.write(new byte[1000]);
            out.flush();
          }
        }
      }
      case "/logs/0004f2000001-app.log" -> {
        stored.add(body);
        exchange.sendResponseHeaders(201, -1);
      }
      case "/secret/site.cfg" -> {
        if (exchange.getRequestHeaders().containsKey("Authorization")) {
          send(exchange, 200, SITE);
        } else {
          exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"acme\"");
          send(exchange, 401, "Unauthorized\n".getBytes(StandardCharsets.UTF_8));
        }
      }
      default -> send(exchange, 404, "Not Found\nreally".getBytes(StandardCharsets.UTF_8));
    }
    exchange.close();
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  private Reply get(String path) {
    return transport.fetch(Fetch.of(root.resolve(path), AGENT));
  }

  @Test
  void aFileComesWithItsEtagAndRequestsShareOneConnection() {
    for (int i = 0; i < 5; i++) {
      assertThat(get("site.cfg"))
          .isInstanceOfSatisfying(
              Reply.Got.class,
              got -> {
                assertThat(got.body()).isEqualTo(SITE);
                assertThat(got.length()).isEqualTo(SITE.length);
                assertThat(got.etag()).contains("\"v1\"");
              });
    }
    assertThat(clientPorts).hasSize(1);
  }

  @Test
  void aConditionalGetOfTheSameCopyIsNotModified() {
    Fetch fetch = Fetch.of(root.resolve("site.cfg"), AGENT).ifNoneMatch(Optional.of("\"v1\""));

    assertThat(transport.fetch(fetch)).isInstanceOf(Reply.NotModified.class);
    assertThat(get("site.cfg")).isInstanceOf(Reply.Got.class);
    assertThat(clientPorts).hasSize(1);
  }

  @Test
  void aChunkedImageIsCountedAndHashedNotKept() throws Exception {
    Reply reply = transport.fetch(Fetch.of(root.resolve("chunked.ld"), AGENT).countingOnly());

    String expected =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[100_000]));
    assertThat(reply)
        .isInstanceOfSatisfying(
            Reply.Got.class,
            got -> {
              assertThat(got.body()).isEmpty();
              assertThat(got.length()).isEqualTo(100_000);
              assertThat(got.sha256()).contains(expected);
            });
    assertThat(get("site.cfg")).as("the connection is still usable").isInstanceOf(Reply.Got.class);
  }

  @Test
  void aRefusalCarriesItsStatusAndFirstLine() {
    assertThat(get("nope.cfg")).isEqualTo(new Reply.Refused(404, "Not Found"));
  }

  @Test
  void anUploadSendsTheWholeBody() {
    byte[] log = "0101000000|prov |4|00|booted\n".getBytes(StandardCharsets.UTF_8);

    Reply reply = transport.store(root.resolve("logs/0004f2000001-app.log"), AGENT, log);

    assertThat(reply).isEqualTo(new Reply.Stored(201));
    assertThat(stored).singleElement().isEqualTo(log);
  }

  @Test
  void credentialsOfTheUrlGoOnlyOnceAskedThenAtOnce() {
    URI secret =
        URI.create(
            "http://alice:s%3Acret@127.0.0.1:"
                + server.getAddress().getPort()
                + "/secret/site.cfg");

    assertThat(transport.fetch(Fetch.of(secret, AGENT))).isInstanceOf(Reply.Got.class);
    assertThat(transport.fetch(Fetch.of(secret, AGENT))).isInstanceOf(Reply.Got.class);

    String basic =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString("alice:s:cret".getBytes(StandardCharsets.UTF_8));
    assertThat(authorizations).containsExactly(basic, basic);
  }

  @Test
  void manyPhonesAtOnceEachGetTheirAnswers() throws Exception {
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Integer>> results = new java.util.ArrayList<>();
      for (int phone = 0; phone < 50; phone++) {
        results.add(
            threads.submit(() -> {
              int ok = 0;
              for (int i = 0; i < 20; i++) {
                ok +=
                    get("site.cfg") instanceof Reply.Got got && got.length() == SITE.length ? 1 : 0;
              }
              return ok;
            }));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(20);
      }
    }
    assertThat(clientPorts).hasSizeLessThanOrEqualTo(50);
  }

  @Test
  void aServerThatClosedAnIdleConnectionGetsTheRequestOnANewOne() throws Exception {
    try (ServerSocket once = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual().start(() -> answerOnceAndClose(once, 3));
      URI url = URI.create("http://127.0.0.1:" + once.getLocalPort() + "/site.cfg");

      for (int i = 0; i < 3; i++) {
        assertThat(transport.fetch(Fetch.of(url, AGENT)))
            .as("request " + i)
            .isInstanceOf(Reply.Got.class);
      }
    }
  }

  /** Accepts {@code connections}; on each answers one request, then closes without saying so. */
  private static void answerOnceAndClose(ServerSocket server, int connections) {
    for (int i = 0; i < connections; i++) {
      try (Socket socket = server.accept()) {
        InputStream in = socket.getInputStream();
        byte[] head = new byte[4096];
        int n = in.read(head);
        if (n > 0) {
          socket
              .getOutputStream()
              .write(
                  "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                      .getBytes(StandardCharsets.US_ASCII));
        }
      } catch (IOException e) {
        return;
      }
    }
  }

  @Test
  void nothingListeningIsUnreachable() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }

    Reply reply =
        transport.fetch(Fetch.of(URI.create("http://127.0.0.1:" + port + "/a.cfg"), AGENT));

    assertThat(reply).isInstanceOf(Reply.Unreachable.class);
    assertThat(reply.status()).isZero();
  }
}
