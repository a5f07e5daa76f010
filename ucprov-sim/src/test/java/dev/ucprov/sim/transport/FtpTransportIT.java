package dev.ucprov.sim.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FTP client (commons-net) as a phone uses it, against a minimal test server on loopback:
 * factory credentials, credentials from the URL, RETR, STOR, 550. The same checks against ucprov's
 * own FTP listener belong with the end-to-end test once that listener is merged.
 */
class FtpTransportIT {

  @TempDir Path root;
  private TinyFtpServer server;
  private final FtpTransport ftp = new FtpTransport(Duration.ofSeconds(5));

  @BeforeEach
  void start() throws Exception {
    Files.createDirectories(root.resolve("acme"));
    Files.writeString(root.resolve("acme/site.cfg"), "<polycomConfig a.b=\"1\"/>");
    server = new TinyFtpServer(root, "PlcmSpIp", "PlcmSpIp");
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private URI uri(String userInfo, String path) {
    return URI.create("ftp://" + userInfo + "127.0.0.1:" + server.port() + "/" + path);
  }

  @Test
  void aFileIsReadWithTheFactoryCredentialsInPassiveBinaryMode() {
    Reply reply = ftp.fetch(Fetch.of(uri("", "acme/site.cfg"), "agent"));

    assertThat(new String(((Reply.Got) reply).body(), StandardCharsets.UTF_8))
        .isEqualTo("<polycomConfig a.b=\"1\"/>");
    assertThat(server.commands())
        .containsSubsequence("USER PlcmSpIp", "PASS ***", "TYPE I", "PASV", "RETR acme/site.cfg");
  }

  @Test
  void aMissingFileIs404AndAWrongPassword401() {
    assertThat(ftp.fetch(Fetch.of(uri("", "acme/none.cfg"), "agent")).status()).isEqualTo(404);
    assertThat(ftp.fetch(Fetch.of(uri("PlcmSpIp:wrong@", "acme/site.cfg"), "agent")).status())
        .isEqualTo(401);
  }

  @Test
  void anUploadIsStoredWhole() throws Exception {
    Reply reply =
        ftp.store(
            uri("PlcmSpIp:PlcmSpIp@", "acme/logs/0004f2aabbcc-app.log"),
            "agent",
            "x|y\n".getBytes(StandardCharsets.UTF_8));

    assertThat(reply).isInstanceOf(Reply.Stored.class);
    assertThat(Files.readString(root.resolve("acme/logs/0004f2aabbcc-app.log"))).isEqualTo("x|y\n");
  }

  @Test
  void anImageIsCountedAndHashed() throws Exception {
    Files.write(root.resolve("acme/sip.ld"), new byte[100_000]);

    Reply.Got got = (Reply.Got) ftp.fetch(Fetch.of(uri("", "acme/sip.ld"), "agent").countingOnly());

    assertThat(got.length()).isEqualTo(100_000);
    assertThat(got.body()).isEmpty();
    assertThat(got.sha256()).isPresent();
  }
}
