package dev.ucprov.sim.transport;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * tftpd-hpa ({@code in.tftpd}) serving a directory on a free loopback port, as the real peer of the
 * TFTP client. Skips the test when it is not installed on a developer machine; fails it in CI,
 * where {@code .ci/run} installs it.
 */
final class Tftpd implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/sbin/in.tftpd");

  private final Process process;
  private final int port;

  private Tftpd(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static Tftpd serve(Path root) throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY)) {
      if (System.getenv("CI") != null) {
        fail("in.tftpd is not installed, but CI runs .ci/run, which installs tftpd-hpa");
      }
      assumeTrue(false, "in.tftpd (tftpd-hpa) is not installed");
    }
    int port = freeUdpPort();
    // -L foreground, -s chroot to the root, -c allow writes of new files, -u keep this user (the
    // temporary directory is its own), -p no permission checks beyond the file system's.
    Process process =
        new ProcessBuilder(
                BINARY.toString(),
                "-L",
                "-a",
                "127.0.0.1:" + port,
                "-s",
                root.toString(),
                "-c",
                "-p",
                "-u",
                System.getProperty("user.name"))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    Thread.sleep(200);
    if (!process.isAlive()) {
      fail("in.tftpd exited at once with status " + process.exitValue());
    }
    return new Tftpd(process, port);
  }

  int port() {
    return port;
  }

  private static int freeUdpPort() throws IOException {
    try (DatagramSocket socket =
        new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
