package dev.ucprov.sip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A phone listening on TCP or TLS: reads requests (headers only; ours have no body) and writes what
 * its script returns; an empty reply list closes the connection.
 */
final class StreamPhone implements AutoCloseable {

  private final ServerSocket server;
  private final Function<RawPhone.Request, Optional<List<String>>> script;
  private final Thread loop;
  final List<RawPhone.Request> received = Collections.synchronizedList(new ArrayList<>());

  /**
   * @param tls the phone's TLS context, or empty for plain TCP
   * @param script replies to a request; empty closes the connection instead
   */
  StreamPhone(Optional<SSLContext> tls, Function<RawPhone.Request, Optional<List<String>>> script)
      throws IOException {
    this.server =
        tls.isPresent()
            ? tls.get().getServerSocketFactory().createServerSocket()
            : new ServerSocket();
    server.bind(new InetSocketAddress(Sipp.LOOPBACK, 0));
    this.script = script;
    this.loop = Thread.ofVirtual().name("stream-phone").start(this::serve);
  }

  int port() {
    return server.getLocalPort();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket connection = server.accept()) {
        converse(connection);
      } catch (IOException e) {
        // a failed handshake or a closed listener: the next accept tells which
      }
    }
  }

  private void converse(Socket connection) throws IOException {
    InputStream in = connection.getInputStream();
    OutputStream out = connection.getOutputStream();
    StringBuilder pending = new StringBuilder();
    byte[] chunk = new byte[4096];
    for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
      pending.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
      for (int end = pending.indexOf("\r\n\r\n"); end >= 0; end = pending.indexOf("\r\n\r\n")) {
        RawPhone.Request request =
            new RawPhone.Request(
                pending.substring(0, end + 4),
                (InetSocketAddress) connection.getRemoteSocketAddress(),
                System.nanoTime());
        pending.delete(0, end + 4);
        received.add(request);
        Optional<List<String>> replies = script.apply(request);
        if (replies.isEmpty()) {
          return;
        }
        for (String reply : replies.get()) {
          out.write(reply.getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
      }
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    server.close();
    loop.join(2_000);
  }
}
