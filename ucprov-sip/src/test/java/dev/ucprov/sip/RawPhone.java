package dev.ucprov.sip;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone on a raw UDP socket that answers each request with whatever datagrams its script returns:
 * decoys, garbage, challenges. Records what it received and when.
 */
final class RawPhone implements AutoCloseable {

  /** One request as received. */
  record Request(String text, InetSocketAddress from, long nanos) {

    String header(String name) {
      Matcher m =
          Pattern.compile("(?im)^" + Pattern.quote(name) + ":[ \\t]*(.*?)\\r?$").matcher(text);
      return m.find() ? m.group(1) : "";
    }

    String branch() {
      Matcher m = Pattern.compile("branch=([^;\\s]+)").matcher(header("Via"));
      return m.find() ? m.group(1) : "";
    }

    String fromTag() {
      Matcher m = Pattern.compile("tag=([^;\\s]+)").matcher(header("From"));
      return m.find() ? m.group(1) : "";
    }

    /** A response echoing Via, From, To, Call-ID and CSeq, with extra header lines. */
    String reply(String statusLine, String... extraHeaders) {
      return reply(statusLine, header("Via"), header("Call-ID"), header("CSeq"), extraHeaders);
    }

    /** A response with Via, Call-ID and CSeq as given: the decoys of another transaction. */
    String forged(String statusLine, String via, String callId, String cseq) {
      return reply(statusLine, via, callId, cseq, new String[0]);
    }

    private String reply(
        String statusLine, String via, String callId, String cseq, String[] extras) {
      StringBuilder m = new StringBuilder("SIP/2.0 " + statusLine + "\r\n");
      m.append("Via: ").append(via).append("\r\n");
      m.append("From: ").append(header("From")).append("\r\n");
      m.append("To: ").append(header("To")).append(";tag=phone\r\n");
      m.append("Call-ID: ").append(callId).append("\r\n");
      m.append("CSeq: ").append(cseq).append("\r\n");
      for (String extra : extras) {
        m.append(extra).append("\r\n");
      }
      return m.append("Content-Length: 0\r\n\r\n").toString();
    }
  }

  private final DatagramSocket socket;
  private final Function<Request, List<String>> script;
  private final Thread loop;
  final List<Request> received = Collections.synchronizedList(new ArrayList<>());

  RawPhone(Function<Request, List<String>> script) throws SocketException {
    this.socket = new DatagramSocket(new InetSocketAddress(Sipp.LOOPBACK, 0));
    this.socket.setSoTimeout(100);
    this.script = script;
    this.loop = Thread.ofVirtual().name("raw-phone").start(this::serve);
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    byte[] buffer = new byte[65_536];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        continue;
      } catch (IOException e) {
        return;
      }
      Request request =
          new Request(
              new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8),
              (InetSocketAddress) packet.getSocketAddress(),
              System.nanoTime());
      received.add(request);
      for (String datagram : script.apply(request)) {
        byte[] bytes = datagram.getBytes(StandardCharsets.UTF_8);
        try {
          socket.send(new DatagramPacket(bytes, bytes.length, request.from()));
        } catch (IOException e) {
          return;
        }
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    socket.close();
    loop.join(2_000);
  }
}
