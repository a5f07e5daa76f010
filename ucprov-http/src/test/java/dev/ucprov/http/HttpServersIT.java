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
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
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
  void handlersRunOnVirtualThreads() throws Exception {
    AtomicBoolean virtual = new AtomicBoolean();
    Handler probe =
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            virtual.set(Thread.currentThread().isVirtual());
            response.setStatus(204);
            callback.succeeded();
            return true;
          }
        };
    try (HttpServers servers =
            HttpServers.start(
                ListenAddress.parse("127.0.0.1:0"),
                ListenAddress.parse("127.0.0.1:0"),
                probe,
                probe);
        HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<Void> response =
          client.send(
              HttpRequest.newBuilder(servers.phoneUri()).build(),
              HttpResponse.BodyHandlers.discarding());

      assertThat(response.statusCode()).isEqualTo(204);
      assertThat(virtual).isTrue();
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
