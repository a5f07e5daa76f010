package dev.ucprov.sip.push;

import dev.ucprov.core.checksync.Delivery;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/** How a push exchange's end reads as the {@link Delivery} an operator sees. */
final class PushDeliveries {

  private PushDeliveries() {}

  /** The last response, and whether it answered a challenge. */
  record Answer(HttpResponse<Void> response, boolean authenticated) {}

  /** A {@code CompletionStage.handle} step: exactly one of the two is present. */
  static Delivery of(Answer answer, Throwable failure) {
    if (failure != null) {
      return failed(
          failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause()
              : failure);
    }
    int status = answer.response().statusCode();
    if (status >= 200 && status < 300) {
      return new Delivery(Delivery.Outcome.OK, status, "HTTP " + status, Delivery.Via.PUSH);
    }
    String reason = "HTTP " + status;
    if (status == 401) {
      reason +=
          answer.authenticated()
              ? " (the phone refused the push credentials)"
              : " (no Digest challenge with an algorithm and qop we support)";
    }
    return new Delivery(Delivery.Outcome.REJECTED, status, reason, Delivery.Via.PUSH);
  }

  static Delivery error(String reason) {
    return new Delivery(Delivery.Outcome.ERROR, 0, reason, Delivery.Via.PUSH);
  }

  /** The URL when it is absolute http or https with a host; nothing else is sent anywhere. */
  static Optional<URI> url(String text) {
    try {
      URI url = new URI(text);
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
        return Optional.of(url);
      }
    } catch (URISyntaxException e) {
      // falls through: not a URL
    }
    return Optional.empty();
  }

  private static Delivery failed(Throwable cause) {
    if (cause instanceof HttpTimeoutException) {
      return new Delivery(
          Delivery.Outcome.TIMEOUT,
          0,
          "the phone did not answer: " + cause.getMessage(),
          Delivery.Via.PUSH);
    }
    String what =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return error("cannot reach the phone's push URL: " + what);
  }
}
