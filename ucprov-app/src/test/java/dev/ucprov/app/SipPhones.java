package dev.ucprov.app;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phones that answer SIP NOTIFY over UDP on one loopback socket, as the server's real SIP notifier
 * reaches them: each NOTIFY's Request-URI user ({@code sip:USER@127.0.0.1:PORT}) says which phone
 * it is, and the phone answers 200 or the status a test set for it, after the delay the test set.
 * Retransmissions of a transaction (same Call-ID) are answered once. Records every transaction.
 * Thread-safe.
 */
public final class SipPhones implements AutoCloseable {

  /** One NOTIFY transaction a phone received. */
  public record Received(String user, String callId, String event, Instant at) {}

  private static final Pattern REQUEST_LINE = Pattern.compile("NOTIFY sip:([^@]+)@\\S+ SIP/2\\.0");

  private final DatagramSocket socket;
  private final Thread reader;
  private final ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  private final Set<String> answered = ConcurrentHashMap.newKeySet();
  private final List<Received> received = new ArrayList<>();
  private volatile Duration delay = Duration.ZERO;

  private SipPhones(DatagramSocket socket) {
    this.socket = socket;
    this.reader = Thread.ofPlatform().daemon().name("sip-phones").start(this::read);
  }

  public static SipPhones open() throws SocketException {
    return new SipPhones(
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
  }

  public int port() {
    return socket.getLocalPort();
  }

  /**
   * {@code sip:127.0.0.1:PORT}: the {@code sip.target} of a device that is one of these phones; its
   * {@code sip.user} says which.
   */
  public String target() {
    return "sip:127.0.0.1:" + port();
  }

  /** The phone {@code user} answers every NOTIFY with this final status. */
  public void answer(String user, int status) {
    statuses.put(user, status);
  }

  /** Every phone waits this long before answering. */
  public void delay(Duration wait) {
    delay = wait;
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
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
      String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
      handle(message, packet.getSocketAddress());
    }
  }

  private void handle(String message, SocketAddress from) {
    String[] lines = message.split("\r\n");
    Matcher request = REQUEST_LINE.matcher(lines[0]);
    String callId = header(lines, "Call-ID");
    if (!request.matches() || callId == null || !answered.add(callId)) {
      return;
    }
    String user = request.group(1);
    synchronized (this) {
      received.add(new Received(user, callId, header(lines, "Event"), Instant.now()));
    }
    int status = statuses.getOrDefault(user, 200);
    String response = response(lines, status);
    answers.schedule(() -> send(response, from), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void send(String response, SocketAddress to) {
    byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
    try {
      socket.send(new DatagramPacket(bytes, bytes.length, to));
    } catch (IOException e) {
      // the server is gone; the test sees the missing outcome
    }
  }

  /** RFC 3261 §8.2.6.2: Via, From, Call-ID and CSeq copied, a tag added to To. */
  private static String response(String[] lines, int status) {
    StringBuilder out =
        new StringBuilder(
            "SIP/2.0 " + status + " " + (status == 200 ? "OK" : "Forbidden") + "\r\n");
    for (String line : lines) {
      String name = line.contains(":") ? line.substring(0, line.indexOf(':')).strip() : "";
      switch (name.toLowerCase(java.util.Locale.ROOT)) {
        case "via", "v", "from", "f", "call-id", "i", "cseq" -> out.append(line).append("\r\n");
        case "to", "t" -> out.append(line).append(";tag=phone").append("\r\n");
        default -> {}
      }
    }
    return out.append("Content-Length: 0\r\n\r\n").toString();
  }

  private static String header(String[] lines, String name) {
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).strip();
      }
    }
    return null;
  }

  @Override
  public void close() {
    socket.close();
    answers.shutdownNow();
    try {
      reader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
