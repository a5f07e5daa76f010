package dev.ucprov.sim.checksync;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Phones' SIP side over UDP, for check-sync only (polycom-facts.md §6): a {@code NOTIFY} with
 * {@code Event: check-sync} is answered {@code 200 OK} at once and handed to the phone the
 * Request-URI's user names (or the only phone), which re-provisions on a virtual thread of its own.
 * A NOTIFY for another event gets {@code 489 Bad Event} (RFC 6665 §8.2.3); a request for an unknown
 * user {@code 404}; any other method {@code 405}. A retransmission (same Call-ID, CSeq and Via) is
 * answered again but not handed on twice. One socket may serve thousands of phones.
 *
 * <p>Not simulated: the digest challenge phones may make (the server's NOTIFY goes unchallenged).
 * Thread-safe.
 */
public final class CheckSyncListener implements AutoCloseable {

  /** Who takes a check-sync: the phone a Request-URI user names. */
  @FunctionalInterface
  public interface Phones {
    /** The phone's action for this user, empty when no phone here has that name. */
    Optional<Runnable> forUser(Optional<String> user);
  }

  private static final int MAX_REMEMBERED = 4096;

  private final DatagramSocket socket;
  private final Phones phones;
  private final Map<String, byte[]> answered = new ConcurrentHashMap<>();
  private final Thread reader;

  private CheckSyncListener(DatagramSocket socket, Phones phones) {
    this.socket = socket;
    this.phones = phones;
    this.reader = Thread.ofVirtual().name("sim-sip-" + socket.getLocalPort()).start(this::read);
  }

  /** Listens on {@code address} (port 0: any free port). */
  public static CheckSyncListener open(InetSocketAddress address, Phones phones)
      throws IOException {
    return new CheckSyncListener(new DatagramSocket(address), phones);
  }

  /** One phone on its own socket: every check-sync, whatever the user, is its. */
  public static CheckSyncListener forOne(InetSocketAddress address, Runnable checkSync)
      throws IOException {
    return open(address, user -> Optional.of(checkSync));
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) socket.getLocalSocketAddress();
  }

  private void read() {
    byte[] buffer = new byte[65_535];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (IOException e) {
        return;
      }
      SipRequest.parse(packet.getData(), packet.getLength())
          .ifPresent(request -> handle(request, packet.getSocketAddress()));
    }
  }

  private void handle(SipRequest request, SocketAddress from) {
    String key =
        request.header("Call-ID", "i").orElse("")
            + "|"
            + request.header("CSeq", "").orElse("")
            + "|"
            + request.header("Via", "v").orElse("");
    byte[] again = answered.get(key);
    if (again != null) {
      send(again, from);
      return;
    }
    Optional<Runnable> phone = Optional.empty();
    byte[] response;
    if (!request.method().equals("NOTIFY")) {
      response = request.response(405, "Method Not Allowed", tag());
    } else if (!request.event().equals(Optional.of("check-sync"))) {
      response = request.response(489, "Bad Event", tag());
    } else {
      phone = phones.forUser(request.user());
      response =
          phone.isPresent()
              ? request.response(200, "OK", tag())
              : request.response(404, "Not Found", tag());
    }
    if (answered.size() >= MAX_REMEMBERED) {
      answered.clear();
    }
    answered.put(key, response);
    send(response, from);
    phone.ifPresent(action -> Thread.ofVirtual().name("sim-check-sync").start(action));
  }

  private void send(byte[] response, SocketAddress to) {
    try {
      socket.send(new DatagramPacket(response, response.length, to));
    } catch (IOException e) {
      // the sender retransmits; nothing to do here
    }
  }

  private static String tag() {
    return Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
  }

  @Override
  public void close() {
    socket.close();
    try {
      reader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
