package dev.ucprov.sip.transport;

import dev.ucprov.sip.message.SipResponse;
import dev.ucprov.sip.message.StreamFramer;
import dev.ucprov.sip.transaction.Inbound;
import dev.ucprov.sip.transaction.Inbox;
import dev.ucprov.sip.transaction.Leg;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Optional;

/**
 * A TCP or TLS connection of one check-sync: opened for its NOTIFY, reused for the NOTIFY that
 * answers a challenge, closed after. A reader thread frames what arrives and hands responses to the
 * transaction listening at the moment (which checks the branch itself). Thread-safe.
 */
public final class StreamLeg implements Leg, AutoCloseable {

  private final StreamConnector connector;
  private final Socket socket;
  private final String transport;
  private final String sentBy;
  private final OutputStream out;
  private final Thread reader;
  private volatile Optional<Inbox> listener = Optional.empty();
  private volatile Optional<String> lost = Optional.empty();

  StreamLeg(StreamConnector connector, Socket socket, String transport, String sentBy)
      throws IOException {
    this.connector = connector;
    this.socket = socket;
    this.transport = transport;
    this.sentBy = sentBy;
    this.out = socket.getOutputStream();
    InputStream in = socket.getInputStream();
    this.reader = Thread.ofVirtual().name("ucprov-sip-stream-reader").start(() -> read(in));
  }

  @Override
  public String transport() {
    return transport;
  }

  @Override
  public String sentBy() {
    return sentBy;
  }

  @Override
  public boolean reliable() {
    return true;
  }

  @Override
  public Inbox listen(String branch) {
    Inbox inbox = new Inbox();
    listener = Optional.of(inbox);
    lost.ifPresent(reason -> inbox.offer(new Inbound.Lost(reason)));
    return inbox;
  }

  @Override
  public void forget(String branch) {
    listener = Optional.empty();
  }

  @Override
  public synchronized void send(byte[] message) throws IOException {
    out.write(message);
    out.flush();
  }

  private void read(InputStream in) {
    StreamFramer framer = new StreamFramer();
    byte[] chunk = new byte[8192];
    try {
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        framer.append(chunk, 0, n);
        for (Optional<byte[]> m = framer.next(); m.isPresent(); m = framer.next()) {
          SipResponse.parse(m.get(), 0, m.get().length).ifPresent(this::deliver);
        }
      }
      lose("the phone closed the " + transport + " connection");
    } catch (IOException e) {
      lose(
          socket.isClosed()
              ? "the connection was closed"
              : transport + " error: " + e.getMessage());
    }
  }

  private void deliver(SipResponse response) {
    listener.ifPresent(inbox -> inbox.offer(new Inbound.Received(response)));
  }

  private void lose(String reason) {
    lost = Optional.of(reason);
    listener.ifPresent(inbox -> inbox.offer(new Inbound.Lost(reason)));
  }

  @Override
  public void close() {
    connector.release(this);
    try {
      socket.close();
      reader.join(1_000);
    } catch (IOException e) {
      // the connection is gone either way; nothing was waiting to be written
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String sentBy(Socket socket, Optional<String> advertisedHost) {
    String host = advertisedHost.orElse(HostText.of(socket.getLocalAddress()));
    return HostText.sentBy(host, socket.getLocalPort());
  }
}
