package dev.ucprov.tftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.tftp.engine.TransferLimits;
import dev.ucprov.tftp.wire.Packet;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The protocol as seen on the wire, with a hand-driven peer: TIDs, options, timers, limits. */
class TftpProtocolIT {

  private static final Duration WAIT = Duration.ofSeconds(5);

  private TftpWorld world;

  private TftpWorld world(int maxTransfers, TransferLimits limits) throws IOException {
    world = new TftpWorld(maxTransfers, limits);
    world.tenant("acme", "127.0.0.1");
    world.file("acme", "big.ld", content(100_000));
    world.file("acme", "small.cfg", "<c/>");
    return world;
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  private static byte[] content(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static Packet.Error error(RawTftp.Received received) {
    assertThat(received.packet()).isInstanceOf(Packet.Error.class);
    return (Packet.Error) received.packet();
  }

  @Test
  void optionsAreAcknowledgedAndAWindowedTransferArrivesWhole() throws IOException {
    world(10, TransferLimits.standard());
    Map<String, String> options = new LinkedHashMap<>();
    options.put("blksize", "1000");
    options.put("tsize", "0");
    options.put("windowsize", "8");
    options.put("timeout", "2");
    options.put("x-unknown", "1");
    try (RawTftp raw = new RawTftp()) {
      raw.read("big.ld", world.port(), options);
      RawTftp.Received oack = raw.expect(WAIT);
      assertThat(oack.packet())
          .isEqualTo(
              new Packet.OptionAck(
                  Map.of("blksize", "1000", "tsize", "100000", "windowsize", "8", "timeout", "2")));
      assertThat(oack.port()).isNotEqualTo(world.port());
      raw.send(new Packet.Error(0, "just looking"), oack.port());
    }
    try (RawTftp raw = new RawTftp()) {
      assertThat(raw.readAll("big.ld", world.port(), options, 8)).isEqualTo(content(100_000));
    }
  }

  @Test
  void aPacketFromAnotherPortGetsError5AndTheTransferGoesOn() throws IOException {
    world(10, TransferLimits.standard());
    try (RawTftp raw = new RawTftp();
        RawTftp stranger = new RawTftp()) {
      raw.read("big.ld", world.port(), Map.of());
      RawTftp.Received first = raw.expect(WAIT);

      stranger.send(new Packet.Ack(1), first.port());
      assertThat(error(stranger.expect(WAIT)).code()).isEqualTo(5);

      raw.send(new Packet.Ack(1), first.port());
      RawTftp.Received second = raw.expect(WAIT);
      assertThat(((Packet.Data) second.packet()).block()).isEqualTo(2);
    }
  }

  @Test
  void aDuplicateAckNeverBringsADuplicateBlock() throws IOException {
    world(10, TransferLimits.standard());
    try (RawTftp raw = new RawTftp()) {
      raw.read("big.ld", world.port(), Map.of());
      int tid = raw.expect(WAIT).port();
      raw.send(new Packet.Ack(1), tid);
      raw.send(new Packet.Ack(1), tid);
      raw.send(new Packet.Ack(1), tid);

      assertThat(((Packet.Data) raw.expect(WAIT).packet()).block()).isEqualTo(2);
      assertThat(raw.receive(Duration.ofMillis(500))).as("before the 1 s timer").isEmpty();
    }
  }

  @Test
  void aSilentClientGetsTheBlockAgainWithBackoffThenIsGivenUp() throws IOException {
    world(10, TftpWorld.quick());
    try (RawTftp raw = new RawTftp()) {
      raw.read("small.cfg", world.port(), Map.of());
      List<Long> arrivals = new ArrayList<>();
      long start = System.nanoTime();
      for (Optional<RawTftp.Received> r = raw.receive(WAIT);
          r.isPresent();
          r = raw.receive(Duration.ofSeconds(2))) {
        arrivals.add((System.nanoTime() - start) / 1_000_000);
        assertThat(((Packet.Data) r.get().packet()).block()).isEqualTo(1);
      }
      // 100 ms first, then 200, 400, 400: the first send and 3 retries, about 0, 100, 300, 700.
      assertThat(arrivals).hasSize(4);
      assertThat(arrivals.get(2) - arrivals.get(1)).isBetween(150L, 1000L);
      assertThat(arrivals.get(3) - arrivals.get(2)).isGreaterThanOrEqualTo(300L);
    }
    assertThat(world.access.awaitContaining(" 408 "))
        .anySatisfy(l -> assertThat(l).contains("RRQ small.cfg 408 0 "));
  }

  @Test
  void aDeadClientHoldsUpNobody() throws IOException {
    world(10, TransferLimits.standard());
    try (RawTftp dead = new RawTftp();
        RawTftp alive = new RawTftp()) {
      dead.read("big.ld", world.port(), Map.of());
      dead.expect(WAIT);
      long start = System.nanoTime();

      byte[] got = alive.readAll("big.ld", world.port(), Map.of("blksize", "1400"), 1);

      assertThat(got).isEqualTo(content(100_000));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (world.server.activeTransfers() > 1 && System.nanoTime() < deadline) {
        Pause.millis(5);
      }
      assertThat(world.server.activeTransfers()).as("the dead one only").isEqualTo(1);
    }
  }

  @Test
  void beyondTheLimitOfTransfersARequestIsToldTheServerIsBusy() throws IOException {
    world(1, TftpWorld.quick());
    try (RawTftp holder = new RawTftp();
        RawTftp late = new RawTftp()) {
      holder.read("big.ld", world.port(), Map.of());
      holder.expect(WAIT);

      late.read("small.cfg", world.port(), Map.of());
      Packet.Error busy = error(late.expect(WAIT));
      assertThat(busy.code()).isZero();
      assertThat(busy.message()).contains("busy");

      long deadline = System.nanoTime() + WAIT.toNanos();
      while (world.server.activeTransfers() > 0 && System.nanoTime() < deadline) {
        Pause.millis(20);
      }
      assertThat(late.readAll("small.cfg", world.port(), Map.of(), 1)).hasSize(4);
    }
    assertThat(world.access.awaitContaining(" 503 "))
        .anySatisfy(l -> assertThat(l).contains(" 503 0 "));
  }

  @Test
  void aRequestSentAgainWhileItsTransferRunsStartsNoOther() throws IOException {
    world(10, TransferLimits.standard());
    try (RawTftp raw = new RawTftp()) {
      raw.read("big.ld", world.port(), Map.of());
      int tid = raw.expect(WAIT).port();
      raw.read("big.ld", world.port(), Map.of());

      assertThat(raw.receive(Duration.ofMillis(300))).isEmpty();
      assertThat(world.server.activeTransfers()).isEqualTo(1);
      raw.send(new Packet.Ack(1), tid);
      assertThat(raw.expect(WAIT).port()).isEqualTo(tid);
    }
  }

  @Test
  void aValueOutOfRangeIsError8AndAnUnknownModeError4() throws IOException {
    world(10, TransferLimits.standard());
    try (RawTftp raw = new RawTftp()) {
      raw.read("small.cfg", world.port(), Map.of("blksize", "4"));
      Packet.Error refused = error(raw.expect(WAIT));
      assertThat(refused.code()).isEqualTo(8);
      assertThat(refused.message()).contains("blksize=4");

      raw.send(new Packet.Request(false, "small.cfg", "mail", Map.of()), world.port());
      Packet.Error mode = error(raw.expect(WAIT));
      assertThat(mode.code()).isEqualTo(4);
      assertThat(mode.message()).contains("mail");
    }
  }

  @Test
  void malformedAndStrayDatagramsOnTheListenerAreAnsweredWithTheirError() {
    try (RawTftp raw = new RawTftp()) {
      world(10, TransferLimits.standard());
      raw.sendRaw(new byte[] {0, 1, 'a', 0, 'o', 'c'}, world.port());
      assertThat(error(raw.expect(WAIT)).code()).isEqualTo(4);
      raw.sendRaw(new byte[] {0, 42, 0, 0}, world.port());
      assertThat(error(raw.expect(WAIT)).code()).isEqualTo(4);
      raw.send(new Packet.Ack(3), world.port());
      assertThat(error(raw.expect(WAIT)).code()).isEqualTo(5);
      raw.send(new Packet.Error(0, "x"), world.port());
      assertThat(raw.receive(Duration.ofMillis(300))).as("no error for an error").isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
