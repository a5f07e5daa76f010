package dev.ucprov.sip;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sip.push.PushNotifier;
import dev.ucprov.sip.push.PushSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Push API client against a JDK HTTP server playing the phone, digest checked by the phone. */
class PushNotifierIT {

  static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  static final String NONCE = "cHVzaG5vbmNl";

  @TempDir Path dir;

  private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
  private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
  private final List<String> contentTypes = Collections.synchronizedList(new ArrayList<>());
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private HttpServer phone;

  @AfterEach
  void stop() {
    if (phone != null) {
      phone.stop(0);
    }
    threads.shutdownNow();
  }

  /** A phone whose /push demands the digest of push:secret with {@code algorithm}. */
  private int phoneWithDigest(String algorithmToken, String jdkAlgorithm) throws IOException {
    return serve(
        HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0),
        exchange -> {
          String authorization =
              Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
                  .orElse("");
          if (authorization.isEmpty()) {
            exchange
                .getResponseHeaders()
                .add(
                    "WWW-Authenticate",
                    "Digest realm=\"Polycom\", nonce=\""
                        + NONCE
                        + "\", qop=\"auth\", algorithm="
                        + algorithmToken);
            return 401;
          }
          boolean uriMatches =
              PhoneDigest.params(authorization).getOrDefault("uri", "").equals("/push");
          return uriMatches
                  && PhoneDigest.valid(
                      authorization, jdkAlgorithm, "Polycom", NONCE, "POST", "push", "secret")
              ? 200
              : 401;
        });
  }

  private int serve(HttpServer server, Function<HttpExchange, Integer> handler) {
    phone = server;
    server.setExecutor(threads);
    server.createContext(
        "/push",
        exchange -> {
          try (exchange) {
            bodies.add(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            authorizations.add(
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
                    .orElse(""));
            exchange.sendResponseHeaders(handler.apply(exchange), -1);
          }
        });
    server.start();
    return server.getAddress().getPort();
  }

  static NotifyTarget target(String url, String password) {
    return new NotifyTarget(
        MacAddress.parse("0004f2000001"),
        Optional.empty(),
        Optional.of(new NotifyTarget.PushRoute(url, "push", password)));
  }

  static Delivery send(PushNotifier notifier, NotifyTarget target) throws Exception {
    return notifier.checkSync(target).toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  void md5_digest_update_config_is_accepted() throws Exception {
    int port = phoneWithDigest("MD5", "MD5");
    try (PushNotifier notifier = PushNotifier.open(PushSettings.defaults())) {
      assertThat(send(notifier, target("http://127.0.0.1:" + port + "/push", "secret")))
          .isEqualTo(new Delivery(Delivery.Outcome.OK, 200, "HTTP 200", Delivery.Via.PUSH));
    }
    assertThat(bodies)
        .containsExactly(PushNotifier.UPDATE_CONFIG, PushNotifier.UPDATE_CONFIG)
        .allSatisfy(body -> assertThat(body.length()).isLessThanOrEqualTo(2048));
    assertThat(contentTypes).containsOnly("application/x-com-polycom-spipx");
    assertThat(authorizations.get(0)).isEmpty();
    assertThat(authorizations.get(1))
        .startsWith("Digest username=\"push\"")
        .contains("algorithm=MD5");
  }

  @Test
  void sha256_digest_is_accepted() throws Exception {
    int port = phoneWithDigest("SHA-256", "SHA-256");
    try (PushNotifier notifier = PushNotifier.open(PushSettings.defaults())) {
      assertThat(send(notifier, target("http://127.0.0.1:" + port + "/push", "secret")).outcome())
          .isEqualTo(Delivery.Outcome.OK);
    }
  }

  @Test
  void wrong_password_is_rejected_after_one_answer() throws Exception {
    int port = phoneWithDigest("MD5", "MD5");
    try (PushNotifier notifier = PushNotifier.open(PushSettings.defaults())) {
      assertThat(send(notifier, target("http://127.0.0.1:" + port + "/push", "wrong")))
          .isEqualTo(
              new Delivery(
                  Delivery.Outcome.REJECTED,
                  401,
                  "HTTP 401 (the phone refused the push credentials)",
                  Delivery.Via.PUSH));
    }
    assertThat(authorizations).hasSize(2);
  }

  @Test
  void refusal_is_rejected_with_its_status() throws Exception {
    int port = serve(HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0), exchange -> 403);
    try (PushNotifier notifier = PushNotifier.open(PushSettings.defaults())) {
      assertThat(send(notifier, target("http://127.0.0.1:" + port + "/push", "secret")))
          .isEqualTo(new Delivery(Delivery.Outcome.REJECTED, 403, "HTTP 403", Delivery.Via.PUSH));
    }
  }

  @Test
  void a_phone_that_never_answers_times_out() throws Exception {
    int port =
        serve(
            HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0),
            exchange -> {
              try {
                Thread.sleep(5_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return 200;
            });
    PushSettings quick =
        PushSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500));
    try (PushNotifier notifier = PushNotifier.open(quick)) {
      Delivery delivery = send(notifier, target("http://127.0.0.1:" + port + "/push", "secret"));
      assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.TIMEOUT);
      assertThat(delivery.reason()).startsWith("the phone did not answer");
    }
  }

  @Test
  void unreachable_phone_and_bad_urls_are_errors() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, LOOPBACK)) {
      closedPort = socket.getLocalPort();
    }
    try (PushNotifier notifier = PushNotifier.open(PushSettings.defaults())) {
      Delivery refused = send(notifier, target("http://127.0.0.1:" + closedPort + "/push", "x"));
      assertThat(refused.outcome()).isEqualTo(Delivery.Outcome.ERROR);
      assertThat(refused.reason()).startsWith("cannot reach the phone's push URL");
      assertThat(send(notifier, target("ftp://10.0.0.5/push", "x")))
          .isEqualTo(
              new Delivery(
                  Delivery.Outcome.ERROR,
                  0,
                  "push URL 'ftp://10.0.0.5/push' is not an http or https URL",
                  Delivery.Via.PUSH));
      assertThat(
              send(
                      notifier,
                      new NotifyTarget(
                          MacAddress.parse("0004f2000001"), Optional.empty(), Optional.empty()))
                  .reason())
          .isEqualTo("device 0004f2000001 has no Push route");
    }
  }

  @Test
  void https_with_the_phone_certificate_trusted() throws Exception {
    TestCertificates certificates = TestCertificates.create(dir);
    HttpsServer server = HttpsServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(certificates.phoneContext()));
    int port = serve(server, exchange -> 200);
    PushSettings trusting =
        PushSettings.defaults()
            .withTrust(
                new TrustSettings(
                    Optional.of(certificates.trustStore()),
                    Optional.of(TestCertificates.PASSWORD),
                    true));
    try (PushNotifier trusted = PushNotifier.open(trusting);
        PushNotifier untrusted = PushNotifier.open(PushSettings.defaults())) {
      assertThat(send(trusted, target("https://127.0.0.1:" + port + "/push", "secret")).outcome())
          .isEqualTo(Delivery.Outcome.OK);
      assertThat(send(untrusted, target("https://127.0.0.1:" + port + "/push", "secret")).outcome())
          .isEqualTo(Delivery.Outcome.ERROR);
    }
  }
}
