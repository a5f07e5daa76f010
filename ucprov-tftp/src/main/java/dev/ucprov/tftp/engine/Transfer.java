package dev.ucprov.tftp.engine;

import dev.ucprov.tftp.wire.Packet;
import java.io.IOException;

/** A transfer as its socket loop drives it: {@link Sender} or {@link Receiver}. */
public sealed interface Transfer permits Sender, Receiver {

  /** A packet from the transfer's peer, at {@code now} (nanoseconds of the caller's clock). */
  Reaction received(Packet packet, long now) throws IOException;

  /** The deadline of the last {@link Reaction.State.Waiting} has passed (or may have). */
  Reaction tick(long now);
}
