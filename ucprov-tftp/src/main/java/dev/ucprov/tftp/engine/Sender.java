package dev.ucprov.tftp.engine;

import dev.ucprov.tftp.wire.ErrorCode;
import dev.ucprov.tftp.wire.Packet;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The server side of a read request: sends the file in blocks, a window at a time (RFC 7440; one
 * block without the option), and moves on only when an ACK acknowledges a block it sent.
 *
 * <p>An ACK that acknowledges nothing new (a duplicate, or a block not sent) sends nothing, so a
 * delayed ACK never doubles the traffic (the Sorcerer's Apprentice bug, RFC 1123 section 4.2.3.1);
 * only the timer sends again. An ACK of a block before the end of the window starts the next window
 * after it (RFC 7440 section 4). Block numbers wrap from 65535 to 0, so a file of any size goes
 * through; internally blocks are counted in a {@code long}.
 *
 * <p>Reads {@code content} as blocks are first sent and keeps the unacknowledged ones for
 * retransmission. Not thread-safe: one transfer's thread drives it.
 */
public final class Sender implements Transfer {

  private final InputStream content;
  private final long size;
  private final Negotiated terms;
  private final Backoff backoff;
  private final long lastBlock;
  private final byte[] slots;
  private final int capacity;

  private boolean awaitingOptionAck;
  private long acked;
  private long sent;

  /**
   * @param content the bytes to send, exactly {@code size} of them (netascii already applied)
   */
  public Sender(InputStream content, long size, Negotiated terms, TransferLimits limits) {
    this.content = content;
    this.size = size;
    this.terms = terms;
    this.backoff = new Backoff(terms.timeoutNanos(), limits);
    this.lastBlock = size / terms.blockSize() + 1;
    this.capacity = (int) Math.min(terms.windowSize(), lastBlock);
    this.slots = new byte[Math.toIntExact(Math.min((long) capacity * terms.blockSize(), size))];
  }

  /** Opens the transfer: the OACK when options were accepted, else the first window. */
  public Reaction start(long now) throws IOException {
    long deadline = backoff.progressed(now);
    if (terms.optionAck()) {
      awaitingOptionAck = true;
      return Reaction.waiting(List.of(new Packet.OptionAck(terms.acknowledged())), deadline);
    }
    return Reaction.waiting(advance(), deadline);
  }

  @Override
  public Reaction received(Packet packet, long now) throws IOException {
    return switch (packet) {
      case Packet.Ack ack -> acknowledged(ack.block(), now);
      case Packet.Error error ->
          Reaction.finished(
              List.of(), new Ending.PeerError(error.code(), error.message(), deliveredBytes()));
      case Packet.Data data -> illegal("DATA in a read transfer");
      case Packet.Request request -> illegal("a request on a transfer's port");
      case Packet.OptionAck oack -> illegal("OACK sent to the server");
    };
  }

  /** The time passed: sends the unacknowledged window (or OACK) again, or gives up. */
  @Override
  public Reaction tick(long now) {
    if (!backoff.due(now)) {
      return Reaction.waiting(List.of(), backoff.deadline());
    }
    if (!backoff.retry(now)) {
      return Reaction.finished(List.of(), new Ending.TimedOut(deliveredBytes()));
    }
    List<Packet> again =
        awaitingOptionAck
            ? List.of(new Packet.OptionAck(terms.acknowledged()))
            : blocks(acked + 1, sent);
    return Reaction.waiting(again, backoff.deadline());
  }

  private Reaction acknowledged(int wire, long now) throws IOException {
    if (awaitingOptionAck) {
      if (wire != 0) {
        return Reaction.waiting(List.of(), backoff.deadline());
      }
      awaitingOptionAck = false;
      long deadline = backoff.progressed(now);
      return Reaction.waiting(advance(), deadline);
    }
    long step = (wire - acked) & 0xFFFF;
    if (step == 0 || step > sent - acked) {
      return Reaction.waiting(List.of(), backoff.deadline()); // nothing new: never resend for it
    }
    acked += step;
    if (acked == lastBlock) {
      return Reaction.finished(List.of(), new Ending.Completed(size));
    }
    long deadline = backoff.progressed(now);
    return Reaction.waiting(advance(), deadline);
  }

  /**
   * Reads the blocks that now fit the window and returns every block from the one after the last
   * acknowledged: after an ACK in the middle of a window, those after it go again (RFC 7440).
   */
  private List<Packet> advance() throws IOException {
    long end = Math.min(acked + terms.windowSize(), lastBlock);
    while (sent < end) {
      read(sent + 1);
      sent++;
    }
    return blocks(acked + 1, sent);
  }

  private void read(long block) throws IOException {
    int offset = slot(block);
    int length = length(block);
    int n;
    try {
      n = content.readNBytes(slots, offset, length);
    } catch (IOException e) {
      throw new ContentException("the file could not be read: " + e.getMessage(), e);
    }
    if (n < length) {
      long read = (block - 1) * terms.blockSize() + n;
      throw new ContentException("the file ended after " + read + " of " + size + " bytes", null);
    }
  }

  private List<Packet> blocks(long first, long last) {
    List<Packet> out = new ArrayList<>((int) Math.max(0, last - first + 1));
    for (long block = first; block <= last; block++) {
      out.add(new Packet.Data((int) (block & 0xFFFF), slots, slot(block), length(block)));
    }
    return out;
  }

  private int slot(long block) {
    return (int) ((block - 1) % capacity) * terms.blockSize();
  }

  private int length(long block) {
    return block < lastBlock ? terms.blockSize() : (int) (size % terms.blockSize());
  }

  private long deliveredBytes() {
    return Math.min(size, acked * terms.blockSize());
  }

  private static Reaction illegal(String what) {
    String message = "Illegal TFTP operation: " + what;
    return Reaction.finished(
        List.of(Packet.Error.of(ErrorCode.ILLEGAL_OPERATION, message)),
        new Ending.Refused(ErrorCode.ILLEGAL_OPERATION, message, 0));
  }
}
