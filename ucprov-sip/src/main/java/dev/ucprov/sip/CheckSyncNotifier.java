package dev.ucprov.sip;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.Notifier;
import dev.ucprov.core.checksync.NotifyTarget;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The check-sync sender the job engine calls: SIP NOTIFY when the target has a SIP route, else the
 * Push API when it has a push route. SIP wins because it reaches phones behind NAT through their
 * registration and needs no web server on the phone. No fallback from one to the other: a phone
 * that refused or never answered a NOTIFY has told the operator something worth seeing. Owns
 * neither sender; thread-safe when they are.
 */
public final class CheckSyncNotifier implements Notifier {

  private final Notifier sip;
  private final Notifier push;

  public CheckSyncNotifier(Notifier sip, Notifier push) {
    this.sip = sip;
    this.push = push;
  }

  @Override
  public CompletionStage<Delivery> checkSync(NotifyTarget target) {
    if (target.sip().isPresent()) {
      return sip.checkSync(target);
    }
    if (target.push().isPresent()) {
      return push.checkSync(target);
    }
    return CompletableFuture.completedFuture(
        new Delivery(
            Delivery.Outcome.ERROR,
            0,
            "device " + target.mac() + " has neither SIP nor Push settings",
            Delivery.Via.SIP));
  }
}
