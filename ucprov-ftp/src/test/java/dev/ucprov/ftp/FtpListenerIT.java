package dev.ucprov.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** Starting and stopping: a taken port is named, a stopped listener accepts nothing. */
class FtpListenerIT {

  @Test
  void aTakenPortIsAStartFailureNamingTheAddress() throws IOException {
    try (FtpWorld world = new FtpWorld();
        ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      FtpSetup loopback =
          FtpSetup.loopback(
              world.service,
              world.uploads,
              world.store.tenants(),
              world.store.devices(),
              world.store.files(),
              world.store.uploads(),
              world.store.blobs(),
              world.clock);
      FtpSetup onTaken =
          new FtpSetup(
              "127.0.0.1",
              taken.getLocalPort(),
              loopback.passivePorts(),
              loopback.passiveAddress(),
              loopback.service(),
              loopback.uploads(),
              loopback.logins(),
              loopback.listing(),
              loopback.blobs(),
              loopback.tls(),
              loopback.limits(),
              loopback.metrics(),
              loopback.clock());
      assertThatThrownBy(() -> FtpListener.start(onTaken))
          .isInstanceOf(FtpStartException.class)
          .hasMessageStartingWith("cannot listen for FTP on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void onlyTheConfiguredAddressIsBoundNotFtpServersDefaultPort21() throws IOException {
    try (FtpWorld first = new FtpWorld();
        FtpWorld second = new FtpWorld()) {
      assertThat(first.port()).isNotEqualTo(second.port());
      // FtpServer's factory comes with a listener of its own on port 21: it must not be started.
      assertThatCode(() -> new ServerSocket(21, 1, InetAddress.getLoopbackAddress()).close())
          .as("port 21 is free (as root, a second FtpServer listener would hold it)")
          .doesNotThrowAnyException();
    }
  }

  @Test
  void theLoopbackSetupServesAndAClosedListenerAcceptsNothing() throws IOException {
    try (FtpWorld world = new FtpWorld()) {
      FtpListener listener =
          FtpListener.start(
              FtpSetup.loopback(
                  world.service,
                  world.uploads,
                  world.store.tenants(),
                  world.store.devices(),
                  world.store.files(),
                  world.store.uploads(),
                  world.store.blobs(),
                  world.clock));
      int port = listener.port();
      assertThat(port).isPositive();
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        assertThat(new String(socket.getInputStream().readNBytes(3))).isEqualTo("220");
      }
      listener.close();
      listener.close();
      assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
          .isInstanceOf(IOException.class);
    }
  }
}
