package dev.ucprov.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.tftp.engine.TransferLimits;
import dev.ucprov.tftp.wire.Packet;
import dev.ucprov.tftp.wire.PacketWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of random and mutated datagrams (truncated, unknown opcodes, bad option values, missing
 * NULs, huge names, wrong TIDs, ACKs of blocks never sent) at the listener and at a running
 * transfer; then the running transfer still completes, a new one works, and the listener lives.
 * Bounded in count; the seed is printed so a failure can be replayed with {@code
 * -Dtftp.fuzz.seed=N}.
 */
class TftpFuzzIT {

  private static final int DATAGRAMS = 4000;
  private static final Duration WAIT = Duration.ofSeconds(5);

  private TftpWorld world;
  private byte[] file;

  @BeforeEach
  void start() throws IOException {
    // Short timers, so the fuzzed transfers end soon; long enough for a busy machine's victim.
    world =
        new TftpWorld(
            64,
            new TransferLimits(
                65464, 64, 1 << 20, Duration.ofMillis(200), Duration.ofSeconds(1), 5));
    world.tenant("acme", "127.0.0.1");
    world.device("acme", "0004f2aabbcc");
    file = new byte[20_000];
    new Random(7).nextBytes(file);
    world.file("acme", "sip.ld", file);
    world.file("acme", "site.cfg", "<c/>");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  @Timeout(120)
  void noDatagramStopsTheListenerOrARunningTransfer() throws Exception {
    long seed = Long.getLong("tftp.fuzz.seed", System.nanoTime());
    System.out.println("TftpFuzzIT seed " + seed);
    Random random = new Random(seed);
    try (RawTftp victim = new RawTftp();
        RawTftp fuzzer = new RawTftp();
        RawTftp stranger = new RawTftp()) {
      victim.read("sip.ld", world.port(), Map.of());
      RawTftp.Received first = victim.expect(WAIT);
      int tid = first.port();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      Packet.Data data = (Packet.Data) first.packet();
      received.write(data.bytes(), data.offset(), data.length());

      for (int i = 0; i < DATAGRAMS; i++) {
        byte[] datagram = datagram(random);
        switch (random.nextInt(4)) {
          case 0, 1 -> fuzzer.sendRaw(datagram, world.port());
          case 2 -> stranger.sendRaw(datagram, tid);
          default -> victim.sendRaw(harmless(random), tid);
        }
        if (i % 200 == 0) {
          // Keep the victim's transfer alive through the storm: its next block, in order.
          received.writeBytes(next(victim, tid, received.size() / 512));
        }
      }
      while (received.size() % 512 == 0 && received.size() <= file.length) {
        received.writeBytes(next(victim, tid, received.size() / 512));
      }
      assertThat(received.toByteArray()).as("seed %d", seed).isEqualTo(file);
    }

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (world.server.activeTransfers() > 0 && System.nanoTime() < deadline) {
      Pause.millis(20);
    }
    assertThat(world.server.listening()).as("seed %d", seed).isTrue();
    assertThat(world.server.activeTransfers()).as("every fuzzed transfer ended").isZero();
    assertThat(commonsNetRead("sip.ld")).as("seed %d", seed).isEqualTo(file);
  }

  /**
   * ACKs the block the victim holds and returns the next one's content. The storm can fill the
   * transfer port's receive buffer and the ACK be dropped: the server then sends the held block
   * again, and the victim acknowledges it again, as a client does.
   */
  private static byte[] next(RawTftp victim, int tid, int blocksHeld) {
    int block = blocksHeld & 0xFFFF;
    victim.send(new Packet.Ack(block), tid);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      RawTftp.Received got = victim.expect(WAIT);
      if (got.port() != tid || !(got.packet() instanceof Packet.Data data)) {
        continue;
      }
      if (data.block() == ((block + 1) & 0xFFFF)) {
        return Arrays.copyOfRange(data.bytes(), data.offset(), data.offset() + data.length());
      }
      if (data.block() == block) {
        victim.send(new Packet.Ack(block), tid);
      }
    }
    throw new AssertionError("block " + (block + 1) + " never came");
  }

  /** What the victim itself may send without ending its transfer: ACKs never sent, garbage. */
  private static byte[] harmless(Random random) {
    if (random.nextBoolean()) {
      return encode(new Packet.Ack(1000 + random.nextInt(60_000)));
    }
    return truncated(encode(new Packet.Ack(random.nextInt(65_536))), 1 + random.nextInt(3));
  }

  private static byte[] datagram(Random random) {
    return switch (random.nextInt(9)) {
      case 0 -> randomBytes(random, random.nextInt(600));
      case 1 -> truncated(request(random), random.nextInt(40));
      case 2 -> mutated(request(random), random);
      case 3 -> withoutFinalNul(request(random));
      case 4 -> unknownOpcode(random);
      case 5 -> hugeName(random);
      case 6 ->
          encode(new Packet.Data(random.nextInt(65_536), new byte[513], 0, random.nextInt(513)));
      case 7 -> encode(new Packet.Ack(random.nextInt(65_536)));
      default -> request(random);
    };
  }

  private static byte[] request(Random random) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> names = List.of("blksize", "tsize", "timeout", "windowsize", "x", "BLKSIZE");
    List<String> values =
        List.of("0", "7", "8", "512", "65464", "65465", "-1", "abc", "", "9".repeat(30));
    for (int i = random.nextInt(5); i > 0; i--) {
      options.put(
          names.get(random.nextInt(names.size())), values.get(random.nextInt(values.size())));
    }
    List<String> files =
        List.of("site.cfg", "sip.ld", "0004f2aabbcc-app.log", "nope", "../etc/passwd", "/");
    List<String> modes = List.of("octet", "netascii", "NETASCII", "mail", "");
    return encode(
        new Packet.Request(
            random.nextBoolean(),
            files.get(random.nextInt(files.size())),
            modes.get(random.nextInt(modes.size())),
            options));
  }

  private static byte[] hugeName(Random random) {
    byte[] name = new byte[1000 + random.nextInt(60_000)];
    Arrays.fill(name, (byte) 'a');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(1 + random.nextInt(2));
    out.writeBytes(name);
    out.write(0);
    out.writeBytes("octet".getBytes());
    out.write(0);
    return out.toByteArray();
  }

  private static byte[] unknownOpcode(Random random) {
    byte[] bytes = randomBytes(random, 2 + random.nextInt(100));
    int opcode = 7 + random.nextInt(65_529);
    bytes[0] = (byte) (opcode >>> 8);
    bytes[1] = (byte) opcode;
    return bytes;
  }

  private static byte[] mutated(byte[] packet, Random random) {
    byte[] copy = packet.clone();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
    }
    return copy;
  }

  private static byte[] withoutFinalNul(byte[] packet) {
    return Arrays.copyOf(packet, packet.length - 1);
  }

  private static byte[] truncated(byte[] packet, int length) {
    return Arrays.copyOf(packet, Math.min(length, packet.length));
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] encode(Packet packet) {
    byte[] out = new byte[70_000];
    return Arrays.copyOf(out, PacketWriter.encode(packet, out));
  }

  private byte[] commonsNetRead(String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TFTPClient client = new TFTPClient();
    client.open();
    try {
      client.receiveFile(
          name, TFTP.BINARY_MODE, out, InetAddress.getLoopbackAddress(), world.port());
    } finally {
      client.close();
    }
    return out.toByteArray();
  }
}
