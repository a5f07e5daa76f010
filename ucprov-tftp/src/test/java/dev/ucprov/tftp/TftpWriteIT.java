package dev.ucprov.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.upload.UploadVersion;
import dev.ucprov.tftp.wire.Packet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writes through real clients into the core's upload pipeline: every kind of file phones write,
 * stored as versions; every refusal an error packet that stores nothing.
 */
class TftpWriteIT {

  private static final String MAC = "0004f2aabbcc";
  private static final String OVERRIDE =
      "<PHONE_CONFIG><OVERRIDES reg.1.displayName=\"Front desk\"/></PHONE_CONFIG>";
  private static final String DIRECTORY =
      "<directory><item_list><item><fn>Ann</fn><ct>1001</ct></item></item_list></directory>";

  @TempDir Path temp;
  private TftpWorld world;

  @BeforeEach
  void start() throws IOException {
    world = new TftpWorld(TftpSetup.DEFAULT_MAX_TRANSFERS, TftpWorld.quick());
    world.tenant("acme", "127.0.0.1");
    world.device("acme", MAC);
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  private Path local(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  static Stream<Arguments> uploads() {
    return Stream.of(
        Arguments.of(MAC + "-phone.cfg", OVERRIDE),
        Arguments.of(MAC + "-web.cfg", "<PHONE_CONFIG><WEB a=\"1\"/></PHONE_CONFIG>"),
        Arguments.of(MAC + "-directory.xml", DIRECTORY),
        Arguments.of(MAC + "-calls.xml", "<calls><call name=\"A & B\"/></calls>"),
        Arguments.of(MAC + "-app.log", "0101000000|so   |4|00|Initial log\n".repeat(20)));
  }

  @ParameterizedTest(name = "tftp-hpa {0}")
  @MethodSource("uploads")
  void tftpHpaWritesEveryKind(String name, String body) throws Exception {
    Clients.Run run = Clients.tftpHpa(world.port(), "octet", "put", "" + name, local(name, body));

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(new String(world.latest("acme", name), StandardCharsets.UTF_8)).isEqualTo(body);
  }

  @ParameterizedTest(name = "atftp {0}")
  @MethodSource("uploads")
  void atftpWritesEveryKindWithOptions(String name, String body) throws Exception {
    Clients.Run run =
        Clients.atftp(
            world.port(),
            false,
            "" + name,
            local(name, body),
            "blksize 16",
            "windowsize 4",
            "tsize enable");

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(new String(world.latest("acme", name), StandardCharsets.UTF_8)).isEqualTo(body);
  }

  @ParameterizedTest(name = "commons-net {0}")
  @MethodSource("uploads")
  void commonsNetWritesEveryKind(String name, String body) throws Exception {
    TFTPClient client = new TFTPClient();
    client.open();
    try {
      client.sendFile(
          "" + name,
          TFTP.BINARY_MODE,
          new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
          InetAddress.getLoopbackAddress(),
          world.port());
    } finally {
      client.close();
    }

    assertThat(new String(world.latest("acme", name), StandardCharsets.UTF_8)).isEqualTo(body);
  }

  @Test
  void eachWriteIsANewVersionAndLogged201Then204() throws Exception {
    String name = MAC + "-phone.cfg";
    Path file = local(name, OVERRIDE);

    assertThat(Clients.tftpHpa(world.port(), "octet", "put", "" + name, file).exit()).isZero();
    assertThat(Clients.tftpHpa(world.port(), "octet", "put", "" + name, file).exit()).isZero();

    List<UploadVersion> versions = world.versions("acme", name);
    assertThat(versions).extracting(UploadVersion::version).containsExactly(2, 1);
    assertThat(versions.get(1).source()).isEqualTo("127.0.0.1");
    List<String> lines = world.access.awaitContaining(" 204 ");
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).contains(" acme WRQ " + name + " 201 " + OVERRIDE.length()))
        .anySatisfy(l -> assertThat(l).contains(" acme WRQ " + name + " 204 "));
  }

  @Test
  void netasciiLinesAreStoredWithTheirLineFeeds() throws Exception {
    String name = MAC + "-boot.log";
    String log = "line one\nline two\n";

    Clients.Run run = Clients.tftpHpa(world.port(), "netascii", "put", "" + name, local(name, log));

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(new String(world.latest("acme", name), StandardCharsets.UTF_8)).isEqualTo(log);
  }

  @Test
  void invalidXmlIsError0NamingLineAndColumnAndStoresNothing() throws Exception {
    String name = MAC + "-phone.cfg";

    Clients.Run run =
        Clients.tftpHpa(
            world.port(), "octet", "put", "" + name, local(name, "<PHONE_CONFIG>\n<OVERRIDES"));

    assertThat(run.output()).contains("Error code 0:").contains("line 2, column");
    assertThat(world.versions("acme", name)).isEmpty();
    assertThat(world.access.awaitContaining(" 400 "))
        .anySatisfy(l -> assertThat(l).contains(" acme WRQ " + name + " 400 "));
  }

  @Test
  void aBodyOverTheCapIsError3AndStoresNothing() throws Exception {
    String name = MAC + "-app.log";
    String big = "x".repeat((int) TftpWorld.UPLOAD_LIMITS.logBytes() + 1);

    Clients.Run streamed =
        Clients.tftpHpa(world.port(), "octet", "put", "" + name, local(name, big));
    Clients.Run declared =
        Clients.atftp(world.port(), false, "" + name, local(name, big), "tsize enable");

    assertThat(streamed.output()).contains("Error code 3:").contains("larger than the limit");
    assertThat(declared.output()).contains("larger than the limit");
    assertThat(world.versions("acme", name)).isEmpty();
  }

  @Test
  void aFilePhonesDoNotWriteIsAnAccessViolationSayingWhich() throws Exception {
    Clients.Run run = Clients.tftpHpa(world.port(), "octet", "put", "site.cfg", local("s", "<a/>"));

    assertThat(run.output()).contains("Error code 2:").contains("is not a file phones write");
  }

  @Test
  void anUnknownDeviceIsFileNotFound() throws Exception {
    Clients.Run run =
        Clients.tftpHpa(
            world.port(), "octet", "put", "0004f2000009-phone.cfg", local("p", OVERRIDE));

    assertThat(run.output()).contains("Error code 1: File not found");
  }

  @Test
  void aTenantWithCredentialsRefusesTftpWritesWithoutSayingWhy() {
    world.securedTenant("locked", "user", "secret");
    world.device("locked", "0004f2000010");
    TFTPClient client = new TFTPClient();

    assertThatThrownBy(
            () -> {
              client.open();
              try {
                client.sendFile(
                    "locked/0004f2000010-phone.cfg",
                    TFTP.BINARY_MODE,
                    new ByteArrayInputStream(OVERRIDE.getBytes(StandardCharsets.UTF_8)),
                    InetAddress.getLoopbackAddress(),
                    world.port());
              } finally {
                client.close();
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Access violation")
        .hasMessageNotContaining("credential");
    assertThat(world.versions("locked", "0004f2000010-phone.cfg")).isEmpty();
  }

  @Test
  void aClientThatStopsMidUploadStoresNothing() {
    String name = MAC + "-app.log";
    try (RawTftp raw = new RawTftp()) {
      raw.write("" + name, world.port(), Map.of());
      RawTftp.Received ack = raw.expect(Duration.ofSeconds(5));
      assertThat(ack.packet()).isEqualTo(new Packet.Ack(0));
      raw.send(new Packet.Data(1, new byte[512], 0, 512), ack.port());
      assertThat(raw.expect(Duration.ofSeconds(5)).packet()).isEqualTo(new Packet.Ack(1));
      // Then silence: the server acknowledges again with backoff and gives up.
    }

    assertThat(world.access.awaitContaining(" 400 "))
        .anySatisfy(l -> assertThat(l).contains(" acme WRQ " + name + " 400 512 "));
    assertThat(world.versions("acme", name)).isEmpty();
  }
}
