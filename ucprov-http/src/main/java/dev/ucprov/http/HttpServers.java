package dev.ucprov.http;

import dev.ucprov.http.tls.HttpsConnector;
import dev.ucprov.http.tls.TlsListener;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The phone listener (HTTP, and HTTPS when configured) and the admin listener, connectors of one
 * Jetty server: selectors on platform threads, every handler call on its own virtual thread, so
 * handlers block on the store and on the socket without holding a platform thread. Used by {@code
 * ucprov serve} and by the tests alike, with port 0 for any free port.
 */
public final class HttpServers implements AutoCloseable {

  private static final long STOP_TIMEOUT_MILLIS = 5_000;

  private final Server server;
  private final ServerConnector phone;
  private final ServerConnector admin;
  private final Optional<ServerConnector> https;

  private HttpServers(
      Server server,
      ServerConnector phone,
      ServerConnector admin,
      Optional<ServerConnector> https) {
    this.server = server;
    this.phone = phone;
    this.admin = admin;
    this.https = https;
  }

  /**
   * Binds every address and starts serving.
   *
   * @throws Exception when an address cannot be bound (in use, not local)
   */
  public static HttpServers start(HttpSetup setup) throws Exception {
    return start(
        setup.phoneAddress(),
        setup.adminAddress(),
        setup.phoneHandler(),
        setup.admin().handler(),
        setup.https());
  }

  static HttpServers start(
      ListenAddress phoneAddress,
      ListenAddress adminAddress,
      Handler phoneHandler,
      Handler adminHandler)
      throws Exception {
    return start(phoneAddress, adminAddress, phoneHandler, adminHandler, Optional.empty());
  }

  static HttpServers start(
      ListenAddress phoneAddress,
      ListenAddress adminAddress,
      Handler phoneHandler,
      Handler adminHandler,
      Optional<TlsListener> https)
      throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("ucprov-http");
    threads.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("ucprov-req-"));
    Server server = new Server(threads);
    ServerConnector phone = connector(server, phoneAddress, "phone", PHONE_SELECTORS);
    ServerConnector admin = connector(server, adminAddress, "admin", -1);
    Optional<ServerConnector> secure =
        https.map(listener ->
            HttpsConnector.create(
                server, listener, configuration(), "phone-https", PHONE_SELECTORS));
    server.addConnector(phone);
    secure.ifPresent(server::addConnector);
    server.addConnector(admin);
    server.setHandler(new ByListener(admin, phoneHandler, adminHandler));
    if (phoneHandler instanceof RequestLog phoneLog) {
      // Requests Jetty refuses before any handler runs still get their access line.
      server.setRequestLog((request, response) -> {
        if (request.getConnectionMetaData().getConnector() != admin) {
          phoneLog.log(request, response);
        }
      });
    }
    server.setErrorHandler(new ErrorBody());
    server.setStopTimeout(STOP_TIMEOUT_MILLIS);
    server.setStopAtShutdown(false);
    HttpServers servers = new HttpServers(server, phone, admin, secure);
    try {
      server.start();
    } catch (Exception e) {
      server.stop();
      throw e;
    }
    return servers;
  }

  /**
   * Network threads of each phone listener: one per core, since phone answers run on them (ADR
   * 0020); Jetty's default is half the cores, one thread on a 2-core machine.
   */
  static final int PHONE_SELECTORS = Math.max(1, Runtime.getRuntime().availableProcessors());

  /**
   * @param selectors network threads, or -1 for Jetty's default
   */
  private static ServerConnector connector(
      Server server, ListenAddress address, String name, int selectors) {
    ServerConnector connector =
        new ServerConnector(server, -1, selectors, new HttpConnectionFactory(configuration()));
    connector.setName(name);
    connector.setHost(address.host());
    connector.setPort(address.port());
    return connector;
  }

  private static HttpConfiguration configuration() {
    HttpConfiguration config = new HttpConfiguration();
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    // The listeners decode paths themselves, exactly once, and refuse what is ambiguous with
    // their own answer; Jetty must pass every path through untouched.
    config.setUriCompliance(UriCompliance.UNSAFE);
    return config;
  }

  /** The phone listener's bound port. */
  public int phonePort() {
    return phone.getLocalPort();
  }

  /** The admin listener's bound port. */
  public int adminPort() {
    return admin.getLocalPort();
  }

  /** The phones' HTTPS listener's bound port, when there is one. */
  public Optional<Integer> httpsPort() {
    return https.map(ServerConnector::getLocalPort);
  }

  /** {@code http://host:port} of the phone listener, for messages and tests. */
  public URI phoneUri() {
    return uri("http", phone);
  }

  /** {@code https://host:port} of the phones' HTTPS listener, when there is one. */
  public Optional<URI> httpsUri() {
    return https.map(connector -> uri("https", connector));
  }

  public URI adminUri() {
    return uri("http", admin);
  }

  private static URI uri(String scheme, ServerConnector connector) {
    String host = connector.getHost();
    if (host == null || host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    }
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create(scheme + "://" + shown + ":" + connector.getLocalPort());
  }

  /** Stops accepting, lets requests in flight finish for up to five seconds, then closes. */
  @Override
  public void close() throws Exception {
    server.stop();
  }

  /**
   * Sends each request to the handler of the connector it arrived on: the admin handler for the
   * admin connector, the phone handler for the phones' HTTP and HTTPS connectors.
   *
   * <p>It tells Jetty it never blocks, so Jetty calls it on the network thread that read the
   * request: the phone handler answers what it can there and moves the rest to virtual threads
   * itself (ADR 0020); the admin handler, which blocks, always runs on a virtual thread of its own.
   */
  private static final class ByListener extends Handler.AbstractContainer {
    private final Connector admin;
    private final Handler phoneHandler;
    private final Handler adminHandler;
    private final ThreadFactory adminThreads =
        Thread.ofVirtual().name("ucprov-admin-", 0).factory();

    ByListener(Connector admin, Handler phoneHandler, Handler adminHandler) {
      this.admin = admin;
      this.phoneHandler = phoneHandler;
      this.adminHandler = adminHandler;
      addBean(phoneHandler);
      addBean(adminHandler);
    }

    @Override
    public List<Handler> getHandlers() {
      return List.of(phoneHandler, adminHandler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      Connector arrived = request.getConnectionMetaData().getConnector();
      if (arrived != admin) {
        return phoneHandler.handle(request, response, callback);
      }
      adminThreads
          .newThread(() -> {
            try {
              if (!adminHandler.handle(request, response, callback)) {
                Response.writeError(request, response, callback, 404);
              }
            } catch (Throwable t) {
              Response.writeError(request, response, callback, t);
            }
          })
          .start();
      return true;
    }

    @Override
    public InvocationType getInvocationType() {
      return InvocationType.NON_BLOCKING;
    }
  }
}
