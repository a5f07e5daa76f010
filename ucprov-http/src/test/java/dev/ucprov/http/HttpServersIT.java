package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.junit.jupiter.api.Test;

class HttpServersIT {

  @Test
  void bothListenersBindFreePortsAndAnswerTheirOwnRequests() throws Exception {
    try (World world = new World()) {
      int phone = world.servers.phonePort();
      int admin = world.servers.adminPort();

      assertThat(phone).isPositive().isNotEqualTo(admin);
      assertThat(world.servers.phoneUri().toString()).isEqualTo("http://127.0.0.1:" + phone);
      HttpResponse<byte[]> health = world.send(world.servers.adminUri(), "GET", "/health");
      HttpResponse<byte[]> healthOnPhonePort =
          world.send(world.servers.phoneUri(), "GET", "/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(healthOnPhonePort.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void theAdminHandlerRunsOnAVirtualThreadAndANonBlockingPhoneHandlerOnTheNetworkThread()
      throws Exception {
    ThreadProbe phone = new ThreadProbe(Invocable.InvocationType.NON_BLOCKING);
    ThreadProbe admin = new ThreadProbe(Invocable.InvocationType.BLOCKING);
    try (HttpServers servers =
            HttpServers.start(
                ListenAddress.parse("127.0.0.1:0"),
                ListenAddress.parse("127.0.0.1:0"),
                phone,
                admin);
        HttpClient client = HttpClient.newHttpClient()) {
      for (var uri : java.util.List.of(servers.phoneUri(), servers.adminUri())) {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(204);
      }

      assertThat(admin.thread.get()).isNotNull().matches(Thread::isVirtual, "is virtual");
      assertThat(phone.thread.get())
          .isNotNull()
          .matches(t -> !t.isVirtual(), "is a platform thread");
      assertThat(phone.thread.get().getName()).startsWith("ucprov-http");
    }
  }

  /** Answers 204 and remembers the thread it ran on. */
  private static final class ThreadProbe extends Handler.Abstract {
    final AtomicReference<Thread> thread = new AtomicReference<>();

    ThreadProbe(Invocable.InvocationType type) {
      super(type);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      thread.set(Thread.currentThread());
      response.setStatus(204);
      callback.succeeded();
      return true;
    }
  }

  @Test
  void closingStopsBothListeners() throws Exception {
    World world = new World();
    int phone = world.servers.phonePort();
    int admin = world.servers.adminPort();

    world.close();

    for (int port : new int[] {phone, admin}) {
      assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void anAddressInUseFailsTheStartAndLeavesNothingRunning() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() ->
              HttpServers.start(
                  ListenAddress.parse("127.0.0.1:0"),
                  ListenAddress.parse("127.0.0.1:" + port),
                  new org.eclipse.jetty.server.handler.DefaultHandler(),
                  new org.eclipse.jetty.server.handler.DefaultHandler()))
          .isInstanceOf(IOException.class);
    }
  }
}
