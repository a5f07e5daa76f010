package dev.ucprov.sip.transaction;

import dev.ucprov.sip.message.SipResponse;

/** What a transaction hears from its transport. */
public sealed interface Inbound {

  /** A well-formed response; it may still belong to another transaction. */
  record Received(SipResponse response) implements Inbound {}

  /** The transport is gone (connection closed, notifier closed): no response will come. */
  record Lost(String reason) implements Inbound {}
}
