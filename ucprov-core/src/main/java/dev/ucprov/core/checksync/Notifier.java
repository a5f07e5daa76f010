package dev.ucprov.core.checksync;

import java.util.concurrent.CompletionStage;

/**
 * Sends one check-sync to one phone and reports how it ended. Implemented by the SIP NOTIFY user
 * agent and by the Push API client; the job engine calls it without knowing which. Implementations
 * are thread-safe, never throw for anything the phone or network does (that is an {@link
 * Delivery.Outcome#ERROR} or {@link Delivery.Outcome#TIMEOUT}), and always complete the stage.
 */
public interface Notifier {

  CompletionStage<Delivery> checkSync(NotifyTarget target);
}
