package dev.ucprov.sip.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Opens the TCP or TLS connection of one check-sync, and closes those still open when the notifier
 * closes. Connecting and the TLS handshake are each bounded by {@code timeout} (timer F).
 * Thread-safe.
 */
public final class StreamConnector {

  private final Optional<String> advertisedHost;
  private final Duration timeout;
  private final SSLContext tls;
  private final boolean verifyHostname;
  private final Set<StreamLeg> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * @param tls the trust for TLS, built once from the settings
   * @param verifyHostname whether the phone's certificate must name the host dialled (RFC 5922
   *     §7.2, checked as HTTPS does: DNS or IP subjectAltName)
   */
  public StreamConnector(
      Optional<String> advertisedHost, Duration timeout, SSLContext tls, boolean verifyHostname) {
    this.advertisedHost = advertisedHost;
    this.timeout = timeout;
    this.tls = tls;
    this.verifyHostname = verifyHostname;
  }

  public StreamLeg tcp(InetSocketAddress phone) throws IOException {
    Socket socket = connect(phone);
    return track(socket, "TCP");
  }

  public StreamLeg tls(InetSocketAddress phone, String hostName) throws IOException {
    Socket plain = connect(phone);
    try {
      SSLSocket socket =
          (SSLSocket) tls.getSocketFactory().createSocket(plain, hostName, phone.getPort(), true);
      SSLParameters parameters = socket.getSSLParameters();
      if (verifyHostname) {
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
      }
      socket.setSSLParameters(parameters);
      socket.setSoTimeout(millis());
      socket.startHandshake();
      socket.setSoTimeout(0);
      return track(socket, "TLS");
    } catch (IOException e) {
      plain.close();
      throw new IOException("TLS handshake with " + hostName + " failed: " + e.getMessage(), e);
    }
  }

  /** Closes every connection still open; later ones are refused. */
  public void closeAll() {
    closed = true;
    open.forEach(StreamLeg::close);
  }

  void release(StreamLeg leg) {
    open.remove(leg);
  }

  private StreamLeg track(Socket socket, String transport) throws IOException {
    StreamLeg leg;
    try {
      leg = new StreamLeg(this, socket, transport, StreamLeg.sentBy(socket, advertisedHost));
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    open.add(leg);
    if (closed) {
      leg.close();
    }
    return leg;
  }

  private Socket connect(InetSocketAddress phone) throws IOException {
    if (closed) {
      throw new IOException("the SIP notifier is closed");
    }
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.connect(phone, millis());
      return socket;
    } catch (IOException e) {
      socket.close();
      throw new IOException(
          "cannot connect to "
              + phone.getHostString()
              + ":"
              + phone.getPort()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private int millis() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
  }
}
