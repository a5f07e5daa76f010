package dev.ucprov.tftp.engine;

/** How option negotiation ended. */
public sealed interface Negotiation {

  record Accepted(Negotiated terms) implements Negotiation {}

  /** An option value we cannot accept: answered with error 8 (RFC 2347), naming it. */
  record Refused(String message) implements Negotiation {}
}
