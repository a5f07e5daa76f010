package dev.ucprov.tftp.wire;

/** What a datagram turned out to be: a packet, or why it is not one. */
public sealed interface Decoded {

  record Valid(Packet packet) implements Decoded {}

  /**
   * Not a TFTP packet we can read.
   *
   * @param unknownOpcode whether the opcode itself is unknown (RFC 1350: error 4), rather than a
   *     known packet being cut short or garbled
   * @param reason for the debug log
   */
  record Malformed(boolean unknownOpcode, String reason) implements Decoded {}
}
