package dev.ucprov.sip.transaction;

import dev.ucprov.sip.message.SipResponse;
import java.time.Duration;

/** How a client transaction ended. */
public sealed interface TransactionEnd {

  /** A final response (200-699) matching the request. */
  record Answered(SipResponse response) implements TransactionEnd {}

  /** Timer F fired before any final response. */
  record TimedOut(Duration timerF) implements TransactionEnd {}

  /** The request could not be sent, or the transport went away. */
  record Failed(String reason) implements TransactionEnd {}
}
