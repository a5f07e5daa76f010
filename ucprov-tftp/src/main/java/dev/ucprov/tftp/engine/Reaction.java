package dev.ucprov.tftp.engine;

import dev.ucprov.tftp.wire.Packet;
import java.util.List;

/**
 * What a transfer wants done after a packet or a tick: the packets to send, in order, and what it
 * awaits next.
 */
public record Reaction(List<Packet> send, State state) {

  public Reaction {
    send = List.copyOf(send);
  }

  static Reaction waiting(List<Packet> send, long deadline) {
    return new Reaction(send, new State.Waiting(deadline));
  }

  static Reaction finished(List<Packet> send, Ending ending) {
    return new Reaction(send, new State.Finished(ending));
  }

  /** What a transfer awaits. */
  public sealed interface State {

    /** A packet from the peer, or the time {@code deadline} (in the caller's nanosecond clock). */
    record Waiting(long deadline) implements State {}

    /**
     * A write request's last block is in: the caller decides whether to keep the file and says so
     * with {@link Receiver#accept} or {@link Receiver#refuse}.
     */
    record Arrived(long bytes) implements State {}

    /**
     * A write request sent more than its cap: the caller refuses it with {@link Receiver#refuse}
     * (error 3).
     */
    record OverCap(long bytes) implements State {}

    /** Nothing more to do. */
    record Finished(Ending ending) implements State {}
  }
}
