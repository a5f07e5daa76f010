package dev.ucprov.tftp.engine;

import dev.ucprov.tftp.wire.ErrorCode;
import dev.ucprov.tftp.wire.NetasciiDecoding;
import dev.ucprov.tftp.wire.Packet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The server side of a write request: acknowledges the OACK or block 0, takes blocks in order, and
 * acknowledges each window (RFC 7440; each block without the option) and the last block, which is
 * the first shorter than blksize. Out of order blocks are dropped and answered with an ACK of the
 * last block in order, once per gap, so the sender starts again from there; a duplicate of a block
 * already taken is answered with that ACK too, since the sender resends only when an ACK was lost.
 * Block numbers wrap from 65535 to 0.
 *
 * <p>Keeps at most {@code cap + 1} bytes; past the cap it stops with {@link
 * Reaction.State.OverCap}. When the last block is in it stops with {@link Reaction.State.Arrived}
 * and sends the final ACK only once the caller {@link #accept}s the file, then lingers for the
 * timeout to answer a resent last block (its ACK was lost) before it ends. Not thread-safe.
 */
public final class Receiver implements Transfer {

  private final Negotiated terms;
  private final Backoff backoff;
  private final CappedBuffer body;
  private final OutputStream sink;
  private final NetasciiDecoding netascii;

  private long received;
  private long bytes;
  private int sinceAck;
  private boolean gapAnswered;
  private boolean lingering;

  /**
   * @param cap the most bytes the file may have once decoded
   * @param netasciiMode whether the client sends netascii, decoded as it arrives
   */
  public Receiver(Negotiated terms, TransferLimits limits, long cap, boolean netasciiMode) {
    this.terms = terms;
    this.backoff = new Backoff(terms.timeoutNanos(), limits);
    this.body = new CappedBuffer(cap);
    this.netascii = netasciiMode ? new NetasciiDecoding(body) : null;
    this.sink = netasciiMode ? netascii : body;
  }

  /** Opens the transfer: the OACK when options were accepted, else an ACK of block 0. */
  public Reaction start(long now) {
    return Reaction.waiting(List.of(opening()), backoff.progressed(now));
  }

  @Override
  public Reaction received(Packet packet, long now) throws IOException {
    return switch (packet) {
      case Packet.Data data -> data(data, now);
      case Packet.Error error ->
          Reaction.finished(List.of(), new Ending.PeerError(error.code(), error.message(), bytes));
      case Packet.Ack ack -> illegal("ACK in a write transfer");
      case Packet.Request request -> illegal("a request on a transfer's port");
      case Packet.OptionAck oack -> illegal("OACK sent to the server");
    };
  }

  /** The time passed: acknowledges again, or gives up; after the final ACK, ends. */
  @Override
  public Reaction tick(long now) {
    if (!backoff.due(now)) {
      return Reaction.waiting(List.of(), backoff.deadline());
    }
    if (lingering) {
      return Reaction.finished(List.of(), new Ending.Completed(bytes));
    }
    if (!backoff.retry(now)) {
      return Reaction.finished(List.of(), new Ending.TimedOut(bytes));
    }
    sinceAck = 0;
    return Reaction.waiting(List.of(received == 0 ? opening() : ack()), backoff.deadline());
  }

  /** The file is kept: sends the final ACK and lingers for a resent last block. */
  public Reaction accept(long now) {
    lingering = true;
    return Reaction.waiting(List.of(ack()), backoff.progressed(now));
  }

  /** The file is refused: sends the error that says why, and ends. */
  public Reaction refuse(ErrorCode code, String message) {
    return Reaction.finished(
        List.of(Packet.Error.of(code, message)), new Ending.Refused(code, message, bytes));
  }

  /** The bytes received, decoded; at most {@code cap + 1} of them. */
  public byte[] content() {
    return body.toByteArray();
  }

  private Reaction data(Packet.Data data, long now) throws IOException {
    long step = (data.block() - received) & 0xFFFF;
    if (lingering) {
      return Reaction.waiting(step == 0 ? List.of(ack()) : List.of(), backoff.deadline());
    }
    if (step != 1) {
      return outOfOrder(step);
    }
    if (data.length() > terms.blockSize()) {
      return illegal("a block of " + data.length() + " bytes, over blksize " + terms.blockSize());
    }
    sink.write(data.bytes(), data.offset(), data.length());
    received++;
    bytes += data.length();
    gapAnswered = false;
    boolean last = data.length() < terms.blockSize();
    if (last && netascii != null) {
      netascii.finish();
    }
    if (body.over()) {
      return new Reaction(List.of(), new Reaction.State.OverCap(body.total()));
    }
    if (last) {
      return new Reaction(List.of(), new Reaction.State.Arrived(body.total()));
    }
    long deadline = backoff.progressed(now);
    if (++sinceAck < terms.windowSize()) {
      return Reaction.waiting(List.of(), deadline);
    }
    sinceAck = 0;
    return Reaction.waiting(List.of(ack()), deadline);
  }

  /** A duplicate (re-acknowledged) or a block after a gap (acknowledged once per gap). */
  private Reaction outOfOrder(long step) {
    boolean gap = step != 0 && step < 0x8000;
    if (gap && gapAnswered) {
      return Reaction.waiting(List.of(), backoff.deadline());
    }
    gapAnswered = gap;
    sinceAck = 0; // the sender starts its next window after the block this ACK names
    return Reaction.waiting(List.of(ack()), backoff.deadline());
  }

  private Packet opening() {
    return terms.optionAck() ? new Packet.OptionAck(terms.acknowledged()) : new Packet.Ack(0);
  }

  private Packet ack() {
    return new Packet.Ack((int) (received & 0xFFFF));
  }

  private Reaction illegal(String what) {
    return refuse(ErrorCode.ILLEGAL_OPERATION, "Illegal TFTP operation: " + what);
  }
}
