package dev.ucprov.sip.push;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.Notifier;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.checksync.NotifyTarget.PushRoute;
import dev.ucprov.sip.digest.DigestAnswer;
import dev.ucprov.sip.digest.DigestChallenge;
import dev.ucprov.sip.digest.DigestCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;

/**
 * The Push API check-sync sender: {@code POST} of the UpdateConfig message to the phone's push URL;
 * a 401 Digest challenge is answered once (the JDK client does Basic only, so the digest is ours).
 * Non-blocking: the JDK client runs on virtual threads. Never throws; every stage completes within
 * the connect timeout plus two request timeouts. Thread-safe.
 */
public final class PushNotifier implements Notifier, AutoCloseable {

  public static final String CONTENT_TYPE = "application/x-com-polycom-spipx";

  /** The message that makes a phone re-read its configuration (polycom-facts §6). */
  public static final String UPDATE_CONFIG =
      "<PolycomIPPhone><Data priority=\"Critical\">Action:UpdateConfig</Data></PolycomIPPhone>";

  private static final byte[] BODY = UPDATE_CONFIG.getBytes(StandardCharsets.UTF_8);

  private final PushSettings settings;
  private final HttpClient client;
  private final SecureRandom random = new SecureRandom();

  private PushNotifier(PushSettings settings, HttpClient client) {
    this.settings = settings;
    this.client = client;
  }

  /**
   * @throws IOException when the trust store cannot be read
   */
  public static PushNotifier open(PushSettings settings) throws IOException {
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1) // phones speak HTTP/1.1; no h2c upgrade
              .connectTimeout(settings.connectTimeout())
              .sslContext(settings.trust().sslContext())
              .followRedirects(HttpClient.Redirect.NEVER)
              .executor(Executors.newVirtualThreadPerTaskExecutor())
              .build();
      return new PushNotifier(settings, client);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot set up HTTPS for Push: " + e.getMessage(), e);
    }
  }

  @Override
  public CompletionStage<Delivery> checkSync(NotifyTarget target) {
    if (target.push().isEmpty()) {
      return done(PushDeliveries.error("device " + target.mac() + " has no Push route"));
    }
    PushRoute route = target.push().get();
    Optional<URI> url = PushDeliveries.url(route.url());
    if (url.isEmpty()) {
      return done(
          PushDeliveries.error("push URL '" + route.url() + "' is not an http or https URL"));
    }
    try {
      return post(url.get(), Optional.empty())
          .thenCompose(response -> answerChallenge(url.get(), route, response))
          .handle(PushDeliveries::of);
    } catch (RuntimeException e) {
      return done(PushDeliveries.error("cannot send the push request: " + e.getMessage()));
    }
  }

  private CompletableFuture<PushDeliveries.Answer> answerChallenge(
      URI url, PushRoute route, HttpResponse<Void> response) {
    if (response.statusCode() != 401) {
      return CompletableFuture.completedFuture(new PushDeliveries.Answer(response, false));
    }
    Optional<DigestChallenge> challenge =
        DigestChallenge.first(response.headers().allValues("WWW-Authenticate"));
    if (challenge.isEmpty()) {
      return CompletableFuture.completedFuture(new PushDeliveries.Answer(response, false));
    }
    String header =
        DigestAnswer.header(
            challenge.get(),
            new DigestCredentials(route.username(), route.password()),
            "POST",
            requestTarget(url),
            BODY,
            cnonce());
    return post(url, Optional.of(header)).thenApply(r -> new PushDeliveries.Answer(r, true));
  }

  private CompletableFuture<HttpResponse<Void>> post(URI url, Optional<String> authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(settings.requestTimeout())
            .header("Content-Type", CONTENT_TYPE)
            .header("User-Agent", settings.userAgent())
            .POST(HttpRequest.BodyPublishers.ofByteArray(BODY));
    authorization.ifPresent(value -> request.header("Authorization", value));
    return client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
  }

  /** RFC 7616 §3.4: the digest uri is the request-target, path and query as sent. */
  static String requestTarget(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
  }

  private String cnonce() {
    byte[] value = new byte[16];
    random.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }

  /** Stops the client; requests in flight end as {@code ERROR}. */
  @Override
  public void close() {
    client.shutdownNow();
    try {
      client.awaitTermination(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static CompletionStage<Delivery> done(Delivery delivery) {
    return CompletableFuture.completedFuture(delivery);
  }
}
