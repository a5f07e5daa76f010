package dev.ucprov.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.tftp.wire.Packet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * Reads through real clients (tftp-hpa, atftp with blksize, tsize and windowsize, commons-net):
 * every size around the block boundaries, octet and netascii, and what the core answers.
 */
class TftpReadIT {

  private static final long WAIT_NANOS = Duration.ofSeconds(5).toNanos();
  private static final int[] SIZES = {0, 1, 511, 512, 513, 1024, 1428, 4 * 1428, 70_000};

  @TempDir Path temp;
  private TftpWorld world;

  @BeforeEach
  void start() throws IOException {
    world = new TftpWorld();
    world.tenant("acme", "127.0.0.1");
    world.device("acme", "0004f2aabbcc");
    for (int size : SIZES) {
      world.file("acme", "size-" + size + ".ld", content(size));
    }
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  static byte[] content(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  /** A client, named for the report, that reads a remote file into a local one. */
  interface Reader {
    Clients.Run read(int port, String remote, Path local) throws Exception;
  }

  static Stream<Arguments> clientsAndSizes() {
    List<Arguments> out = new ArrayList<>();
    List<Object[]> clients =
        List.of(
            new Object[] {
              "tftp-hpa", (Reader) (p, r, l) -> Clients.tftpHpa(p, "octet", "get", r, l)
            },
            new Object[] {"atftp", (Reader) (p, r, l) -> Clients.atftp(p, true, r, l)},
            new Object[] {
              "atftp blksize 1428 tsize",
              (Reader) (p, r, l) -> Clients.atftp(p, true, r, l, "blksize 1428", "tsize enable")
            },
            new Object[] {
              "atftp blksize 1024 windowsize 8",
              (Reader)
                  (p, r, l) ->
                      Clients.atftp(p, true, r, l, "blksize 1024", "windowsize 8", "tsize enable")
            },
            new Object[] {
              "atftp blksize 8 timeout 2",
              (Reader) (p, r, l) -> Clients.atftp(p, true, r, l, "blksize 8", "timeout 2")
            },
            new Object[] {"commons-net", (Reader) TftpReadIT::commonsNet});
    for (Object[] client : clients) {
      for (int size : SIZES) {
        out.add(Arguments.of(client[0], client[1], size));
      }
    }
    return out.stream();
  }

  private static Clients.Run commonsNet(int port, String remote, Path local) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TFTPClient client = new TFTPClient();
    client.open();
    try {
      client.receiveFile(remote, TFTP.BINARY_MODE, out, InetAddress.getLoopbackAddress(), port);
    } finally {
      client.close();
    }
    Files.write(local, out.toByteArray());
    return new Clients.Run(0, "");
  }

  @ParameterizedTest(name = "{0}, {2} bytes")
  @MethodSource("clientsAndSizes")
  void everySizeArrivesWhole(String client, Reader reader, int size) throws Exception {
    Path local = temp.resolve("got-" + size);

    Clients.Run run = reader.read(world.port(), "size-" + size + ".ld", local);

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(Files.readAllBytes(local)).isEqualTo(content(size));
  }

  @Test
  void netasciiTurnsLineEndsIntoCrLfOnTheWireAndBackInTheClients() throws Exception {
    String text = "<polycomConfig\n  a.b=\"1\"\r\n/>\n";
    world.file("acme", "site.cfg", text);

    try (RawTftp raw = new RawTftp()) {
      raw.send(new Packet.Request(false, "site.cfg", "netascii", Map.of()), world.port());
      RawTftp.Received data = raw.expect(Duration.ofSeconds(5));
      var block = (Packet.Data) data.packet();
      String wire =
          new String(block.bytes(), block.offset(), block.length(), StandardCharsets.ISO_8859_1);
      assertThat(wire).isEqualTo("<polycomConfig\r\n  a.b=\"1\"\r\0\r\n/>\r\n");
      raw.send(new Packet.Ack(1), data.port());
    }
    Path viaHpa = temp.resolve("hpa.cfg");
    assertThat(Clients.tftpHpa(world.port(), "netascii", "get", "site.cfg", viaHpa).exit())
        .isZero();
    assertThat(Files.readString(viaHpa)).isEqualTo(text);

    // commons-net turns CR LF into LF but leaves CR NUL as it is: a file without bare CRs for it.
    String unixText = "<polycomConfig\n  a.b=\"1\"\n/>\n";
    world.file("acme", "unix.cfg", unixText);
    ByteArrayOutputStream viaCommons = new ByteArrayOutputStream();
    TFTPClient client = new TFTPClient();
    client.open();
    try {
      client.receiveFile(
          "unix.cfg", TFTP.ASCII_MODE, viaCommons, InetAddress.getLoopbackAddress(), world.port());
    } finally {
      client.close();
    }
    assertThat(viaCommons.toString(StandardCharsets.ISO_8859_1)).isEqualTo(unixText);
  }

  @Test
  void aRenderedPerDeviceFileIsServedAndTheInventoryToldOfIt() throws Exception {
    world.template("acme", "[PHONE_MAC_ADDRESS]-lines.cfg", "<c mac=\"{{ device.mac }}\"/>");
    Path local = temp.resolve("lines.cfg");

    Clients.Run run =
        Clients.tftpHpa(world.port(), "octet", "get", "/0004f2aabbcc-lines.cfg", local);

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(Files.readString(local)).isEqualTo("<c mac=\"0004f2aabbcc\"/>");
    long deadline = System.nanoTime() + WAIT_NANOS;
    while (world.sightings.isEmpty() && System.nanoTime() < deadline) {
      Pause.millis(
          5); // recorded once the server has the last ACK, which may follow the client's exit
    }
    Sighting sighting = world.sightings.get(0);
    assertThat(sighting.request().protocol()).isEqualTo(Protocol.TFTP);
    assertThat(sighting.request().method()).isEqualTo("RRQ");
    assertThat(sighting.request().status()).isEqualTo(200);
    assertThat(sighting.request().bytes()).isEqualTo(local.toFile().length());
    assertThat(sighting.sourceAddress()).isEqualTo("127.0.0.1");
  }

  @Test
  void aMissingFileIsError1AndAnAccessLine() throws Exception {
    Path local = temp.resolve("missing");

    Clients.Run run = Clients.tftpHpa(world.port(), "octet", "get", "nope.cfg", local);

    assertThat(run.output()).contains("Error code 1: File not found");
    List<String> lines = world.access.awaitContaining("nope.cfg");
    assertThat(lines)
        .anySatisfy(line ->
            assertThat(line).matches("\\S+Z 127\\.0\\.0\\.1 acme RRQ nope\\.cfg 404 0 \\d+ \"-\""));
    assertThat(world.counted).anySatisfy(record -> assertThat(record.status()).isEqualTo(404));
  }

  @Test
  void aTenantThatWantsCredentialsIsAnAccessViolationSayingNothingMore() {
    world.securedTenant("locked", "user", "secret", "127.0.0.2");
    world.file("locked", "site.cfg", "<c/>");
    TFTPClient client = new TFTPClient();

    assertThatThrownBy(
            () -> {
              client.open(0, InetAddress.getByName("127.0.0.2"));
              try {
                client.receiveFile(
                    "site.cfg",
                    TFTP.BINARY_MODE,
                    new ByteArrayOutputStream(),
                    InetAddress.getLoopbackAddress(),
                    world.port());
              } finally {
                client.close();
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Access violation");
  }

  @Test
  void aCompleteReadIsLoggedWith200AndItsBytes() throws Exception {
    Path local = temp.resolve("one");

    assertThat(Clients.atftp(world.port(), true, "size-1428.ld", local, "blksize 1428").exit())
        .isZero();

    assertThat(world.access.awaitContaining("size-1428"))
        .anySatisfy(line -> assertThat(line).contains(" acme RRQ size-1428.ld 200 1428 "));
  }
}
