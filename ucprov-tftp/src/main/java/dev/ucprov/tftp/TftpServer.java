package dev.ucprov.tftp;

import dev.ucprov.tftp.wire.Decoded;
import dev.ucprov.tftp.wire.ErrorCode;
import dev.ucprov.tftp.wire.Packet;
import dev.ucprov.tftp.wire.PacketCodec;
import dev.ucprov.tftp.wire.PacketWriter;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TFTP listener: one thread reads requests on the well-known port and gives each its own
 * ephemeral port and thread ({@link Transfers}), so a slow or dead client holds up nobody but
 * itself. At most {@link TftpSetup#maxTransfers()} run at once; a request beyond gets error 0 at
 * once. A request sent again by a client whose transfer is running is ignored (that transfer
 * answers it). Anything else that arrives here is answered with an error or dropped, and nothing a
 * datagram holds stops the listener.
 */
public final class TftpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TftpServer.class);

  static final String OCTET = "octet";
  static final String NETASCII = "netascii";

  private static final Duration STOP_WAIT = Duration.ofSeconds(5);
  private static final Duration GRACE = Duration.ofSeconds(1);

  private final DatagramSocket socket;
  private final Transfers transfers;
  private final Semaphore slots;
  private final Map<Transfers.Key, Transfers.Running> active = new ConcurrentHashMap<>();
  private final Thread listener;
  private volatile boolean closed;

  private TftpServer(DatagramSocket socket, TftpSetup setup) {
    this.socket = socket;
    this.transfers = new Transfers(setup, socket.getLocalAddress());
    this.slots = new Semaphore(setup.maxTransfers());
    this.listener =
        Thread.ofPlatform()
            .name("tftp-listener-" + socket.getLocalPort())
            .daemon(true)
            .unstarted(this::listen);
  }

  /**
   * Binds {@link TftpSetup#address()} and starts listening.
   *
   * @throws IOException when the address cannot be bound (in use, not local, port 69 without the
   *     privilege)
   */
  public static TftpServer start(TftpSetup setup) throws IOException {
    DatagramSocket socket = new DatagramSocket(setup.address());
    TftpServer server = new TftpServer(socket, setup);
    server.listener.start();
    LOG.info("TFTP listening on {}", server.localAddress());
    return server;
  }

  /** The port as bound (the real one when 0 was asked for). */
  public int port() {
    return socket.getLocalPort();
  }

  public InetSocketAddress localAddress() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  /** Whether the listener thread is up and reading requests. */
  public boolean listening() {
    return !closed && listener.isAlive();
  }

  /** Transfers running now. */
  public int activeTransfers() {
    return active.size();
  }

  private void listen() {
    byte[] buffer = new byte[65_536];
    DatagramPacket in = new DatagramPacket(buffer, buffer.length);
    while (!closed) {
      try {
        in.setLength(buffer.length);
        socket.receive(in);
        dispatch(in, System.nanoTime());
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("TFTP listener: {}", e.toString());
        }
      } catch (RuntimeException e) {
        LOG.error("TFTP listener: a datagram from {} failed", in.getSocketAddress(), e);
      }
    }
  }

  private void dispatch(DatagramPacket in, long arrived) {
    SocketAddress from = in.getSocketAddress();
    switch (PacketCodec.decode(in.getData(), in.getLength())) {
      case Decoded.Malformed malformed -> {
        LOG.debug("TFTP datagram from {} refused: {}", from, malformed.reason());
        reply(from, ErrorCode.ILLEGAL_OPERATION, "Illegal TFTP operation: " + malformed.reason());
      }
      case Decoded.Valid(Packet.Request request) -> accept(request, from, arrived);
      case Decoded.Valid(Packet.Error error) -> {
        // Never answer an error with an error: two servers could loop.
      }
      case Decoded.Valid valid -> reply(from, ErrorCode.UNKNOWN_TRANSFER_ID, "Unknown transfer ID");
    }
  }

  private void accept(Packet.Request request, SocketAddress from, long arrived) {
    if (!(from instanceof InetSocketAddress client)) {
      return;
    }
    Transfers.Key key = new Transfers.Key(client, request);
    if (active.containsKey(key)) {
      return;
    }
    if (!slots.tryAcquire()) {
      reply(client, ErrorCode.UNDEFINED, "Server busy: too many transfers; try again later");
      transfers.record(request, client, Answer.of(503, Transfers.NOWHERE), arrived);
      return;
    }
    try {
      Transfers.Running running = transfers.start(request, client, arrived, () -> ended(key));
      active.put(key, running);
      running.thread().start();
    } catch (IOException | RuntimeException e) {
      slots.release();
      LOG.warn("TFTP transfer for {} not started: {}", client, e.toString());
      reply(client, ErrorCode.UNDEFINED, "Server error: no port for the transfer");
    }
  }

  private void ended(Transfers.Key key) {
    active.remove(key);
    slots.release();
  }

  /** An error from the well-known port; one that cannot be sent (port 0, no route) is dropped. */
  private void reply(SocketAddress to, ErrorCode code, String message) {
    byte[] out = new byte[PacketWriter.MAX_MESSAGE_BYTES + 8];
    int length = PacketWriter.encode(Packet.Error.of(code, message), out);
    try {
      socket.send(new DatagramPacket(out, length, to));
    } catch (IOException | IllegalArgumentException | SecurityException e) {
      LOG.debug("TFTP error to {} not sent: {}", to, e.toString());
    }
  }

  /**
   * Stops listening, lets running transfers end on their own for a second, then ends the rest
   * (their ports closed, a slowed answer interrupted; an upload not yet stored stores nothing) and
   * waits a few seconds for them.
   */
  @Override
  public void close() throws InterruptedException {
    if (closed) {
      return;
    }
    closed = true;
    socket.close();
    listener.join(STOP_WAIT);
    // A client that sent its last ACK and left is owed its transfer's end: a short grace first.
    long grace = System.nanoTime() + GRACE.toNanos();
    while (!active.isEmpty() && System.nanoTime() < grace) {
      Thread.sleep(5);
    }
    List<Transfers.Running> running = List.copyOf(active.values());
    running.forEach(Transfers.Running::stop);
    long deadline = System.nanoTime() + STOP_WAIT.toNanos();
    for (Transfers.Running transfer : running) {
      long left = deadline - System.nanoTime();
      if (left > 0) {
        transfer.thread().join(Duration.ofNanos(left));
      }
    }
  }
}
