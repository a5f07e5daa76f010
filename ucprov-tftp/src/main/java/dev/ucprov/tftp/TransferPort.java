package dev.ucprov.tftp;

import dev.ucprov.tftp.engine.Reaction;
import dev.ucprov.tftp.engine.Transfer;
import dev.ucprov.tftp.wire.Decoded;
import dev.ucprov.tftp.wire.ErrorCode;
import dev.ucprov.tftp.wire.Packet;
import dev.ucprov.tftp.wire.PacketCodec;
import dev.ucprov.tftp.wire.PacketWriter;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transfer's own UDP port, its transfer ID (RFC 1350 section 4): packets to and from the one
 * client, and the loop that drives a {@link Transfer} with them and with the clock. A datagram from
 * any other address or port gets error 5 and changes nothing; one that cannot be read is dropped.
 * Blocking; runs on the transfer's own thread. Not thread-safe, except {@link #close}, which ends a
 * blocked receive from any thread.
 */
final class TransferPort implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TransferPort.class);

  /** Large enough for any block (65464 + 4) and one byte more, to see an oversized one. */
  private static final int LARGEST = 65_536;

  private final DatagramSocket socket;
  private final InetSocketAddress peer;
  private final byte[] out = new byte[LARGEST];
  private final DatagramPacket in = new DatagramPacket(new byte[LARGEST], LARGEST);

  private TransferPort(DatagramSocket socket, InetSocketAddress peer) {
    this.socket = socket;
    this.peer = peer;
  }

  /** A new port on {@code local} (an ephemeral port of the listener's address) for {@code peer}. */
  static TransferPort open(InetAddress local, InetSocketAddress peer) throws IOException {
    return new TransferPort(new DatagramSocket(new InetSocketAddress(local, 0)), peer);
  }

  int localPort() {
    return socket.getLocalPort();
  }

  void send(List<Packet> packets) throws IOException {
    for (Packet packet : packets) {
      send(packet);
    }
  }

  void send(Packet packet) throws IOException {
    int length = PacketWriter.encode(packet, out);
    socket.send(new DatagramPacket(out, length, peer));
  }

  /**
   * Runs {@code transfer} from {@code first} until it is no longer waiting: finished, or (a write)
   * arrived or over its cap. Each wait ends at the transfer's deadline however many datagrams come
   * meanwhile, so a flood can neither stall the timer nor keep the transfer alive.
   */
  Reaction drive(Transfer transfer, Reaction first) throws IOException {
    Reaction reaction = first;
    while (true) {
      send(reaction.send());
      if (!(reaction.state() instanceof Reaction.State.Waiting waiting)) {
        return reaction;
      }
      Optional<Packet> packet = receive(waiting.deadline());
      long now = System.nanoTime();
      reaction = packet.isPresent() ? transfer.received(packet.get(), now) : transfer.tick(now);
    }
  }

  /** The next packet from the peer before {@code deadline} ({@link System#nanoTime()}). */
  private Optional<Packet> receive(long deadline) throws IOException {
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left + 999_999)));
      in.setLength(LARGEST);
      try {
        socket.receive(in);
      } catch (SocketTimeoutException e) {
        return Optional.empty();
      }
      if (!peer.equals(in.getSocketAddress())) {
        unknownTransfer();
        continue;
      }
      switch (PacketCodec.decode(in.getData(), in.getLength())) {
        case Decoded.Valid valid -> {
          return Optional.of(valid.packet());
        }
        case Decoded.Malformed malformed ->
            LOG.debug("dropped a datagram from {}: {}", peer, malformed.reason());
      }
    }
  }

  /**
   * RFC 1350 section 4: a packet from a wrong TID is answered with error 5, the transfer goes on.
   */
  private void unknownTransfer() {
    Packet error = Packet.Error.of(ErrorCode.UNKNOWN_TRANSFER_ID, "Unknown transfer ID");
    int length = PacketWriter.encode(error, out);
    try {
      socket.send(new DatagramPacket(out, length, in.getSocketAddress()));
    } catch (IOException | IllegalArgumentException e) {
      LOG.debug("error 5 to {} not sent", in.getSocketAddress(), e);
    }
  }

  @Override
  public void close() {
    socket.close();
  }
}
