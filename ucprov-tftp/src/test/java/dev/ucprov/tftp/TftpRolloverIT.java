package dev.ucprov.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A firmware image of more than 65535 blocks at the default 512-byte blocks (about 33.6 MB), so the
 * block number wraps from 65535 to 0 mid-transfer, through real clients.
 */
class TftpRolloverIT {

  /** 65,600 blocks of 512 bytes and a short last one. */
  private static final int SIZE = 65_600 * 512 + 100;

  private static TftpWorld world;
  private static byte[] image;

  @TempDir Path temp;

  @BeforeAll
  static void start() throws IOException {
    world = new TftpWorld();
    world.tenant("acme", "127.0.0.1");
    image = new byte[SIZE];
    new Random(65_536).nextBytes(image);
    world.file("acme", "sip.ld", image);
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  private static String sha256(InputStream in) throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (DigestInputStream stream = new DigestInputStream(in, digest)) {
      stream.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Test
  @Timeout(60)
  void tftpHpaReadsPastBlock65535() throws Exception {
    Path local = temp.resolve("sip.ld");
    long start = System.nanoTime();

    Clients.Run run = Clients.tftpHpa(world.port(), "octet", "get", "sip.ld", local);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(Files.size(local)).isEqualTo(SIZE);
    assertThat(sha256(Files.newInputStream(local)))
        .isEqualTo(sha256(new ByteArrayInputStream(image)));
    assertThat(took).as("33.6 MB in 512-byte lockstep").isLessThan(Duration.ofSeconds(30));
    assertThat(world.access.awaitContaining("sip.ld 200"))
        .anySatisfy(line -> assertThat(line).contains("RRQ sip.ld 200 " + SIZE + " "));
  }

  @Test
  @Timeout(60)
  void commonsNetReadsPastBlock65535() throws Exception {
    Path local = temp.resolve("sip-commons.ld");
    TFTPClient client = new TFTPClient();
    client.open();
    try (var out = Files.newOutputStream(local)) {
      client.receiveFile(
          "sip.ld", TFTP.BINARY_MODE, out, InetAddress.getLoopbackAddress(), world.port());
    } finally {
      client.close();
    }

    assertThat(Files.size(local)).isEqualTo(SIZE);
    assertThat(sha256(Files.newInputStream(local)))
        .isEqualTo(sha256(new ByteArrayInputStream(image)));
  }
}
