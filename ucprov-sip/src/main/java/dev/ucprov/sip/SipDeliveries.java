package dev.ucprov.sip;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.sip.message.SipResponse;
import dev.ucprov.sip.transaction.TransactionEnd;

/** How a transaction's end reads as the {@link Delivery} an operator sees. */
final class SipDeliveries {

  private SipDeliveries() {}

  /**
   * @param challengeNote why a 401 or 407 ended it, added to the reason; empty for none
   */
  static Delivery of(TransactionEnd end, String challengeNote) {
    return switch (end) {
      case TransactionEnd.Answered answered when answered.response().success() ->
          new Delivery(
              Delivery.Outcome.OK,
              answered.response().status(),
              answered.response().reason(),
              Delivery.Via.SIP);
      case TransactionEnd.Answered answered ->
          new Delivery(
              Delivery.Outcome.REJECTED,
              answered.response().status(),
              rejection(answered.response(), challengeNote),
              Delivery.Via.SIP);
      case TransactionEnd.TimedOut timedOut ->
          new Delivery(
              Delivery.Outcome.TIMEOUT,
              0,
              "no final response within " + timedOut.timerF().toMillis() + " ms (timer F)",
              Delivery.Via.SIP);
      case TransactionEnd.Failed failed -> error(failed.reason());
    };
  }

  static Delivery error(String reason) {
    return new Delivery(Delivery.Outcome.ERROR, 0, reason, Delivery.Via.SIP);
  }

  private static String rejection(SipResponse response, String challengeNote) {
    if (SipCheckSync.challenge(response) && !challengeNote.isEmpty()) {
      return response.reason() + " (" + challengeNote + ")";
    }
    return response.reason();
  }
}
