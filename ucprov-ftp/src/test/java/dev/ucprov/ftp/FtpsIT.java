package dev.ucprov.ftp;

import static dev.ucprov.ftp.FtpWorld.ELSEWHERE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.abuse.AbuseLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Explicit FTPS (AUTH TLS, RFC 4217): optional, with the certificate the HTTPS listener uses. */
class FtpsIT {

  private final TestTls tls = new TestTls();
  private FtpWorld world;
  @TempDir Path dir;

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void authTlsProtectsTheLoginAndTheDataOfReadsAndUploads() throws IOException {
    world = new FtpWorld(PassivePorts.any(), Optional.of(tls.server), AbuseLimits.defaults());
    world.file(world.acme.id(), "site.cfg", "<polycomConfig site=\"acme\"/>");
    FTPSClient client = new FTPSClient(false, tls.client);
    client.setDefaultTimeout(10_000);
    try {
      client.connect(InetAddress.getByName("127.0.0.1"), world.port());
      client.execPBSZ(0);
      client.execPROT("P");
      assertThat(client.login("alice", "a1")).isTrue();
      client.enterLocalPassiveMode();
      client.setFileType(FTP.BINARY_FILE_TYPE);
      try (InputStream in = client.retrieveFileStream("site.cfg")) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .isEqualTo("<polycomConfig site=\"acme\"/>");
      }
      assertThat(client.completePendingCommand()).isTrue();
      assertThat(
              client.storeFile(
                  "0004f2000001-app.log",
                  new ByteArrayInputStream("over TLS\n".getBytes(StandardCharsets.UTF_8))))
          .isTrue();
      assertThat(client.getReplyString()).startsWith("226 Stored");
    } finally {
      FtpWorld.quietly(client);
    }
  }

  @Test
  void curlWithSslReqdVerifiesTheServerCertificate() throws IOException {
    Cli.need("curl");
    world = new FtpWorld(PassivePorts.any(), Optional.of(tls.server), AbuseLimits.defaults());
    world.file(world.acme.id(), "site.cfg", "<polycomConfig site=\"acme\"/>");
    Cli.Result result =
        Cli.run(
            List.of(
                "curl",
                "-sS",
                "--max-time",
                "20",
                "--ssl-reqd",
                "--cacert",
                tls.caPem(dir).toString(),
                "--user",
                "alice:a1",
                "ftp://127.0.0.1:" + world.port() + "/site.cfg"));
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.text()).isEqualTo("<polycomConfig site=\"acme\"/>");
  }

  @Test
  void withoutACertificateAuthTlsIsRefusedAndPlainFtpStillWorks() throws IOException {
    world = new FtpWorld();
    FTPClient client = world.login(ELSEWHERE, "alice", "a1");
    try {
      assertThat(client.getReplyCode()).isEqualTo(230);
      assertThat(client.sendCommand("AUTH", "TLS")).isEqualTo(431);
    } finally {
      FtpWorld.quietly(client);
    }
  }
}
