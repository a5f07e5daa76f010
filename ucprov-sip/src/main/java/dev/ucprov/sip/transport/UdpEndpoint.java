package dev.ucprov.sip.transport;

import dev.ucprov.sip.message.SipResponse;
import dev.ucprov.sip.message.Via;
import dev.ucprov.sip.transaction.Inbound;
import dev.ucprov.sip.transaction.Inbox;
import dev.ucprov.sip.transaction.Leg;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One UDP socket shared by every UDP transaction. A single receiver thread reads each datagram,
 * parses it and hands it to the transaction listening for its top Via branch; anything else
 * (garbage, requests, unknown or finished branches) is dropped. Memory is one receive buffer plus
 * one bounded inbox per live transaction. Thread-safe.
 */
public final class UdpEndpoint implements AutoCloseable {

  /** Room for bursts of responses from thousands of phones; the kernel may grant less. */
  static final int RECEIVE_BUFFER = 4 * 1024 * 1024;

  private final DatagramChannel channel;
  private final Optional<String> advertisedHost;
  private final Map<String, Inbox> listeners = new ConcurrentHashMap<>();
  private final Thread receiver;
  private volatile boolean closed;

  private UdpEndpoint(DatagramChannel channel, Optional<String> advertisedHost) {
    this.channel = channel;
    this.advertisedHost = advertisedHost;
    this.receiver = Thread.ofVirtual().name("ucprov-sip-udp-receiver").unstarted(this::receive);
  }

  /**
   * @param bind where to listen ({@code 0.0.0.0:0}: any address, a free port)
   * @param advertisedHost the host to put in Via and Contact; else the address the route to each
   *     phone leaves from
   */
  public static UdpEndpoint open(InetSocketAddress bind, Optional<String> advertisedHost)
      throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    try {
      channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
      channel.bind(bind);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    UdpEndpoint endpoint = new UdpEndpoint(channel, advertisedHost);
    endpoint.receiver.start();
    return endpoint;
  }

  public InetSocketAddress localAddress() throws IOException {
    return (InetSocketAddress) channel.getLocalAddress();
  }

  /** A leg to one phone over this socket. */
  public Leg towards(InetSocketAddress phone) throws IOException {
    InetSocketAddress local = localAddress();
    String host =
        advertisedHost.isPresent()
            ? advertisedHost.get()
            : HostText.of(sourceAddress(local.getAddress(), phone));
    return new UdpLeg(this, phone, HostText.sentBy(host, local.getPort()));
  }

  Inbox listen(String branch) {
    Inbox inbox = new Inbox();
    listeners.put(branch, inbox);
    if (closed) {
      inbox.offer(new Inbound.Lost("the SIP notifier is closed"));
    }
    return inbox;
  }

  void forget(String branch) {
    listeners.remove(branch);
  }

  void send(byte[] message, InetSocketAddress phone) throws IOException {
    channel.send(ByteBuffer.wrap(message), phone);
  }

  private void receive() {
    ByteBuffer buffer = ByteBuffer.allocate(65_536);
    while (!closed) {
      try {
        buffer.clear();
        channel.receive(buffer);
        dispatch(buffer.array(), buffer.position());
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        pause(); // a transient socket error; do not spin on it
      }
    }
  }

  private void dispatch(byte[] datagram, int length) {
    SipResponse.parse(datagram, 0, length)
        .ifPresent(response ->
            Via.top(response.headers())
                .map(via -> listeners.get(via.branch()))
                .ifPresent(inbox -> inbox.offer(new Inbound.Received(response))));
  }

  /** The local address packets to {@code phone} leave from: the bound one, or the route's. */
  private static InetAddress sourceAddress(InetAddress bound, InetSocketAddress phone)
      throws IOException {
    if (!bound.isAnyLocalAddress()) {
      return bound;
    }
    try (DatagramChannel probe = DatagramChannel.open()) {
      probe.connect(phone); // a route lookup only: UDP connect sends nothing
      return ((InetSocketAddress) probe.getLocalAddress()).getAddress();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends every live transaction with {@link Inbound.Lost} and releases the port. */
  @Override
  public void close() {
    closed = true;
    try {
      channel.close();
      receiver.join(1_000);
    } catch (IOException e) {
      // closing a datagram channel has nothing left to flush; the port is released either way
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    listeners.values().forEach(inbox -> inbox.offer(new Inbound.Lost("the SIP notifier closed")));
  }
}
