package dev.ucprov.core.checksync;

import java.util.concurrent.CompletionStage;

/**
 * Sends each check-sync with the notifier of its route: the Push API client when the target has a
 * push route, the SIP user agent otherwise. Thread-safe when both are.
 */
public final class RouteNotifier implements Notifier {

  private final Notifier sip;
  private final Notifier push;

  public RouteNotifier(Notifier sip, Notifier push) {
    this.sip = sip;
    this.push = push;
  }

  @Override
  public CompletionStage<Delivery> checkSync(NotifyTarget target) {
    return target.push().isPresent() ? push.checkSync(target) : sip.checkSync(target);
  }
}
