package dev.ucprov.sip.transaction;

import java.io.IOException;

/**
 * The transport path of one check-sync: the shared UDP socket, or a TCP or TLS connection of its
 * own. Implementations are thread-safe.
 */
public interface Leg {

  /** {@code UDP}, {@code TCP} or {@code TLS}, as the Via names it. */
  String transport();

  /** Our {@code host:port} for the Via. */
  String sentBy();

  /** Whether the transport retransmits for us (TCP, TLS), which turns timer E off. */
  boolean reliable();

  /** Starts delivering responses whose top Via carries {@code branch} to the returned inbox. */
  Inbox listen(String branch);

  /** Stops delivering for {@code branch}; later responses for it are strays and dropped. */
  void forget(String branch);

  void send(byte[] message) throws IOException;
}
