package dev.ucprov.sim.checksync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The phone's SIP side on a real UDP socket: NOTIFY check-sync answered and handed on once. */
class CheckSyncListenerIT {

  private static String notify(String user, String callId, String event) {
    return "NOTIFY sip:"
        + user
        + "@127.0.0.1 SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK"
        + callId
        + ";rport\r\n"
        + "From: <sip:ucprov@127.0.0.1>;tag=f1\r\n"
        + "To: <sip:"
        + user
        + "@127.0.0.1>\r\n"
        + "Call-ID: "
        + callId
        + "\r\n"
        + "CSeq: 1 NOTIFY\r\n"
        + "Event: "
        + event
        + "\r\n"
        + "Content-Length: 0\r\n\r\n";
  }

  private static String exchange(DatagramSocket client, InetSocketAddress to, String message)
      throws Exception {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    client.send(new DatagramPacket(bytes, bytes.length, to));
    DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
    client.receive(answer);
    return new String(answer.getData(), 0, answer.getLength(), StandardCharsets.UTF_8);
  }

  @Test
  void checkSyncIsAnswered200AndHandedOnOnceDespiteARetransmission() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    Semaphore ran = new Semaphore(0);
    var loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    try (CheckSyncListener listener =
            CheckSyncListener.open(
                loopback,
                user ->
                    user.equals(Optional.of("0004f2aabbcc"))
                        ? Optional.of(() -> {
                          runs.incrementAndGet();
                          ran.release();
                        })
                        : Optional.empty());
        DatagramSocket client = new DatagramSocket(loopback)) {
      client.setSoTimeout(5_000);

      String first =
          exchange(client, listener.address(), notify("0004f2aabbcc", "c1", "check-sync"));
      String again =
          exchange(client, listener.address(), notify("0004f2aabbcc", "c1", "check-sync"));

      assertThat(first)
          .startsWith("SIP/2.0 200 OK\r\n")
          .contains("Call-ID: c1\r\n")
          .contains(";tag=");
      assertThat(again).isEqualTo(first);
      assertThat(ran.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(200);
      assertThat(runs).hasValue(1);

      assertThat(exchange(client, listener.address(), notify("0004f2aabbcc", "c2", "talk")))
          .startsWith("SIP/2.0 489 Bad Event\r\n");
      assertThat(exchange(client, listener.address(), notify("0004f2000001", "c3", "check-sync")))
          .startsWith("SIP/2.0 404 Not Found\r\n");
      assertThat(runs).hasValue(1);
    }
  }
}
