package dev.ucprov.sip;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.Notifier;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.sip.transport.StreamConnector;
import dev.ucprov.sip.transport.UdpEndpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * The SIP NOTIFY check-sync sender: each check-sync runs on a virtual thread of its own, over the
 * one shared UDP socket or a TCP or TLS connection of its own, and its stage always completes,
 * within timer F plus connection set-up. Thread-safe.
 */
public final class SipNotifier implements Notifier, AutoCloseable {

  /** How long {@link #close()} waits for check-syncs in flight to see the transports go. */
  static final long CLOSE_WAIT_SECONDS = 5;

  private final SipSettings settings;
  private final UdpEndpoint udp;
  private final StreamConnector streams;
  private final SipCheckSync checkSync;
  private final Semaphore inFlight;
  private final ThreadFactory threads = Thread.ofVirtual().name("ucprov-check-sync-", 0).factory();
  private volatile boolean closed;

  private SipNotifier(SipSettings settings, UdpEndpoint udp, StreamConnector streams) {
    this.settings = settings;
    this.udp = udp;
    this.streams = streams;
    this.checkSync = new SipCheckSync(settings, udp, streams);
    this.inFlight = new Semaphore(settings.maxInFlight());
  }

  /**
   * Binds the UDP socket and loads the trust store.
   *
   * @throws IOException when the port is taken or the trust store cannot be read
   */
  public static SipNotifier open(SipSettings settings) throws IOException {
    SSLContext tls;
    try {
      tls = settings.trust().sslContext();
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot set up TLS for SIP: " + e.getMessage(), e);
    }
    UdpEndpoint udp = UdpEndpoint.open(settings.udpBind(), settings.advertisedHost());
    StreamConnector streams =
        new StreamConnector(
            settings.advertisedHost(),
            settings.timers().timerF(),
            tls,
            settings.trust().verifyHostname());
    return new SipNotifier(settings, udp, streams);
  }

  /** The shared UDP socket's address: the port phones answer to. */
  public InetSocketAddress udpAddress() throws IOException {
    return udp.localAddress();
  }

  @Override
  public CompletionStage<Delivery> checkSync(NotifyTarget target) {
    if (target.sip().isEmpty()) {
      return done(SipDeliveries.error("device " + target.mac() + " has no SIP route"));
    }
    if (!inFlight.tryAcquire()) {
      return done(
          SipDeliveries.error(
              settings.maxInFlight() + " SIP check-syncs already in flight; try again later"));
    }
    CompletableFuture<Delivery> result = new CompletableFuture<>();
    try {
      if (closed) {
        result.complete(SipDeliveries.error("the SIP notifier is closed"));
        inFlight.release();
      } else {
        threads.newThread(() -> run(target.sip().get(), result)).start();
      }
    } catch (RuntimeException e) {
      result.complete(SipDeliveries.error("cannot start a SIP check-sync: " + e));
      inFlight.release();
    }
    return result;
  }

  /**
   * The slot is released before the stage completes: a caller that sends the next check-sync as
   * soon as one ends (the job engine at its concurrency limit) must never find it still taken.
   */
  private void run(NotifyTarget.SipRoute route, CompletableFuture<Delivery> result) {
    Delivery delivery = SipDeliveries.error("the SIP check-sync ended abnormally");
    try {
      delivery = checkSync.deliver(route);
    } catch (RuntimeException e) {
      delivery = SipDeliveries.error("internal error in the SIP notifier: " + e);
    } finally {
      inFlight.release();
      // completes even when an Error escaped, with the "ended abnormally" delivery
      result.complete(delivery);
    }
  }

  /**
   * Ends every check-sync in flight as {@code ERROR}, releases the port and waits (boundedly) for
   * their stages to complete. Later check-syncs end as {@code ERROR} at once.
   */
  @Override
  public void close() {
    closed = true;
    udp.close();
    streams.closeAll();
    try {
      if (inFlight.tryAcquire(settings.maxInFlight(), CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        inFlight.release(settings.maxInFlight());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static CompletionStage<Delivery> done(Delivery delivery) {
    return CompletableFuture.completedFuture(delivery);
  }
}
