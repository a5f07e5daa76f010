package dev.ucprov.sim.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our TFTP client (RFC 1350, 2348, 2349) against tftpd-hpa on loopback. */
class TftpTransportIT {

  @TempDir static Path root;
  private static Tftpd tftpd;
  private static final String AGENT =
      "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application";

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(root.resolve("acme"));
    Files.writeString(
        root.resolve("acme/000000000000.cfg"), "<APPLICATION CONFIG_FILES=\"site.cfg\"/>");
    tftpd = Tftpd.serve(root);
  }

  @AfterAll
  static void stop() throws Exception {
    if (tftpd != null) {
      tftpd.close();
    }
  }

  private static URI uri(String path) {
    return URI.create("tftp://127.0.0.1:" + tftpd.port() + "/" + path);
  }

  @Test
  void aSmallFileIsReadWhole() {
    Reply reply = TftpTransport.standard().fetch(Fetch.of(uri("acme/000000000000.cfg"), AGENT));

    assertThat(reply).isInstanceOf(Reply.Got.class);
    assertThat(new String(((Reply.Got) reply).body(), StandardCharsets.UTF_8))
        .isEqualTo("<APPLICATION CONFIG_FILES=\"site.cfg\"/>");
  }

  @Test
  void aMissingFileIs404() {
    Reply reply = TftpTransport.standard().fetch(Fetch.of(uri("acme/nothing.cfg"), AGENT));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(((Reply.Refused) reply).detail()).startsWith("TFTP error 1: ");
  }

  @Test
  void anImageOfExactlyWholeBlocksEndsWithAnEmptyBlockAndIsHashedNotKept() throws Exception {
    byte[] image = bytes(TftpTransport.DEFAULT_BLOCK_SIZE * 700, 1);
    Files.write(root.resolve("acme/sip.ld"), image);

    Reply reply =
        TftpTransport.standard().fetch(Fetch.of(uri("acme/sip.ld"), AGENT).countingOnly());

    Reply.Got got = (Reply.Got) reply;
    assertThat(got.length()).isEqualTo(image.length);
    assertThat(got.body()).isEmpty();
    assertThat(got.sha256()).contains(sha256(image));
  }

  @Test
  void blockNumbersWrapPast65535WithTheNegotiatedBlockSize() throws Exception {
    byte[] image = bytes(8 * 66_000 + 3, 2);
    Files.write(root.resolve("acme/big.ld"), image);
    TftpClient client =
        new TftpClient(
            new InetSocketAddress("127.0.0.1", tftpd.port()), Duration.ofSeconds(1), 4, 8);
    ByteArrayOutputStream read = new ByteArrayOutputStream();

    long length = client.read("acme/big.ld", read);

    assertThat(client.blockSizeUsed()).as("blksize agreed (RFC 2348)").isEqualTo(8);
    assertThat(length).isEqualTo(image.length);
    assertThat(read.toByteArray()).isEqualTo(image);
  }

  @Test
  void anUploadIsWrittenWhole() throws Exception {
    byte[] log = bytes(5_000, 3);

    Reply reply = TftpTransport.standard().store(uri("acme/0004f2aabbcc-boot.log"), AGENT, log);

    assertThat(reply).isEqualTo(new Reply.Stored(201));
    assertThat(Files.readAllBytes(root.resolve("acme/0004f2aabbcc-boot.log"))).isEqualTo(log);
  }

  @Test
  void nobodyListeningIsUnreachableAfterTheRetries() throws Exception {
    URI nowhere = URI.create("tftp://127.0.0.1:9/x.cfg");

    Reply reply =
        new TftpTransport(Duration.ofMillis(100), 2, 1428).fetch(Fetch.of(nowhere, AGENT));

    assertThat(reply).isInstanceOf(Reply.Unreachable.class);
    assertThat(Optional.of(reply.status())).contains(0);
  }

  @Test
  void aVirtualPhoneBootsOverTftpAndWritesItsLogs() throws Exception {
    Files.createDirectories(root.resolve("tenant/logs"));
    Files.writeString(
        root.resolve("tenant/000000000000.cfg"),
        "<APPLICATION CONFIG_FILES=\"site.cfg\" LOG_FILE_DIRECTORY=\"logs\"/>");
    Files.writeString(root.resolve("tenant/site.cfg"), "<polycomConfig reg.1.address=\"1001\"/>");
    Files.writeString(root.resolve("tenant/sip.ver"), "5.9.0.9373");
    var phone =
        new dev.ucprov.sim.phone.VirtualPhone(
            dev.ucprov.sim.phone.PhoneSetup.of(
                dev.ucprov.sim.phone.PhoneProfile.of(
                    dev.ucprov.core.device.MacAddress.parse("0004f2aabbcc")),
                new dev.ucprov.sim.phone.BootServerSetting.Fixed(uri("tenant/")),
                Transports.standard(Duration.ofSeconds(1), Optional.empty())));

    var result = phone.boot();

    assertThat(result.failed()).as("%s", result.steps()).isFalse();
    assertThat(result.effective().parameter("reg.1.address").orElseThrow().value())
        .isEqualTo("1001");
    assertThat(Files.readString(root.resolve("tenant/logs/0004f2aabbcc-app.log")))
        .contains("|app1 |");
  }

  private static byte[] bytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
