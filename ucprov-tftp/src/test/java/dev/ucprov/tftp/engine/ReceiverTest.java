package dev.ucprov.tftp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.tftp.wire.ErrorCode;
import dev.ucprov.tftp.wire.Packet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The write side's state machine, fed DATA and clock ticks by hand (nanoseconds from 0). */
class ReceiverTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();
  private static final TransferLimits LIMITS = TransferLimits.standard();

  private static Receiver receiver(int blockSize, int window, long cap, boolean oack) {
    Map<String, String> acked = oack ? Map.of("blksize", Integer.toString(blockSize)) : Map.of();
    Negotiated terms = new Negotiated(blockSize, window, SECOND, OptionalLong.empty(), acked);
    return new Receiver(terms, LIMITS, cap, false);
  }

  private static Packet.Data data(int block, byte[] bytes) {
    return new Packet.Data(block, bytes, 0, bytes.length);
  }

  private static Packet.Data data(int block, int length) {
    return data(block, new byte[length]);
  }

  @Test
  void withoutOptionsAckZeroOpensAndTheLastBlockWaitsForTheVerdict() throws IOException {
    Receiver receiver = receiver(512, 1, 10_000, false);
    assertThat(receiver.start(0).send()).containsExactly(new Packet.Ack(0));

    assertThat(receiver.received(data(1, 512), 1).send()).containsExactly(new Packet.Ack(1));
    Reaction last = receiver.received(data(2, 100), 2);

    assertThat(last.send()).as("no final ACK before the file is kept").isEmpty();
    assertThat(last.state()).isEqualTo(new Reaction.State.Arrived(612));
    assertThat(receiver.content()).hasSize(612);
  }

  @Test
  void anAcceptedFileGetsItsFinalAckAndLingersForAResentLastBlock() throws IOException {
    Receiver receiver = receiver(512, 1, 10_000, false);
    receiver.start(0);
    receiver.received(data(1, 3), 1);

    Reaction accepted = receiver.accept(2);
    assertThat(accepted.send()).containsExactly(new Packet.Ack(1));
    assertThat(receiver.received(data(1, 3), 3).send()).containsExactly(new Packet.Ack(1));
    assertThat(receiver.tick(2 + SECOND).state())
        .isEqualTo(new Reaction.State.Finished(new Ending.Completed(3)));
  }

  @Test
  void aRefusedFileGetsTheErrorInsteadOfTheFinalAck() throws IOException {
    Receiver receiver = receiver(512, 1, 10_000, false);
    receiver.start(0);
    receiver.received(data(1, 3), 1);

    Reaction refused = receiver.refuse(ErrorCode.UNDEFINED, "line 1, column 2: not XML");

    assertThat(refused.send()).containsExactly(new Packet.Error(0, "line 1, column 2: not XML"));
    assertThat(refused.state()).isInstanceOf(Reaction.State.Finished.class);
  }

  @Test
  void optionsOpenWithAnOackThatIsSentAgainUntilBlockOneComes() throws IOException {
    Receiver receiver = receiver(1024, 1, 10_000, true);
    Packet oack = new Packet.OptionAck(Map.of("blksize", "1024"));

    assertThat(receiver.start(0).send()).containsExactly(oack);
    assertThat(receiver.tick(SECOND).send()).containsExactly(oack);
    assertThat(receiver.received(data(1, 1024), SECOND + 1).send())
        .containsExactly(new Packet.Ack(1));
  }

  @Test
  void aDuplicateBlockIsAcknowledgedAgainAndNotKeptTwice() throws IOException {
    Receiver receiver = receiver(4, 1, 100, false);
    receiver.start(0);
    receiver.received(data(1, "abcd".getBytes(StandardCharsets.US_ASCII)), 1);

    Reaction duplicate = receiver.received(data(1, "abcd".getBytes(StandardCharsets.US_ASCII)), 2);
    receiver.received(data(2, "ef".getBytes(StandardCharsets.US_ASCII)), 3);

    assertThat(duplicate.send()).containsExactly(new Packet.Ack(1));
    assertThat(new String(receiver.content(), StandardCharsets.US_ASCII)).isEqualTo("abcdef");
  }

  @Test
  void aWindowIsAcknowledgedOnceAtItsEnd() throws IOException {
    Receiver receiver = receiver(8, 3, 1000, false);
    receiver.start(0);

    assertThat(receiver.received(data(1, 8), 1).send()).isEmpty();
    assertThat(receiver.received(data(2, 8), 2).send()).isEmpty();
    assertThat(receiver.received(data(3, 8), 3).send()).containsExactly(new Packet.Ack(3));
    assertThat(receiver.received(data(4, 8), 4).send()).isEmpty();
    assertThat(receiver.received(data(5, 2), 5).state()).isEqualTo(new Reaction.State.Arrived(34));
  }

  @Test
  void aGapIsAnsweredOnceWithTheLastBlockInOrder() throws IOException {
    Receiver receiver = receiver(8, 4, 1000, false);
    receiver.start(0);
    receiver.received(data(1, 8), 1);

    assertThat(receiver.received(data(3, 8), 2).send()).containsExactly(new Packet.Ack(1));
    assertThat(receiver.received(data(4, 8), 3).send()).as("same gap").isEmpty();
    // The sender starts again after block 1: its window of 4 ends with block 5.
    assertThat(receiver.received(data(2, 8), 4).send()).isEmpty();
    assertThat(receiver.received(data(3, 8), 5).send()).isEmpty();
    assertThat(receiver.received(data(4, 8), 6).send()).isEmpty();
    assertThat(receiver.received(data(5, 8), 7).send()).containsExactly(new Packet.Ack(5));
  }

  @Test
  void moreThanTheCapStopsAtTheFirstBlockOverIt() throws IOException {
    Receiver receiver = receiver(8, 1, 20, false);
    receiver.start(0);
    receiver.received(data(1, 8), 1);
    receiver.received(data(2, 8), 2);

    Reaction over = receiver.received(data(3, 8), 3);

    assertThat(over.send()).isEmpty();
    assertThat(over.state()).isEqualTo(new Reaction.State.OverCap(24));
    assertThat(receiver.content()).hasSize(21);
    assertThat(receiver.refuse(ErrorCode.DISK_FULL, "too large").send())
        .containsExactly(new Packet.Error(3, "too large"));
  }

  @Test
  void exactlyTheCapIsAccepted() throws IOException {
    Receiver receiver = receiver(8, 1, 16, false);
    receiver.start(0);
    receiver.received(data(1, 8), 1);
    receiver.received(data(2, 8), 2);

    assertThat(receiver.received(data(3, 0), 3).state()).isEqualTo(new Reaction.State.Arrived(16));
  }

  @Test
  void aBlockLargerThanBlksizeIsIllegal() throws IOException {
    Receiver receiver = receiver(8, 1, 100, false);
    receiver.start(0);

    Reaction illegal = receiver.received(data(1, 9), 1);

    assertThat(((Packet.Error) illegal.send().get(0)).code()).isEqualTo(4);
    assertThat(illegal.state()).isInstanceOf(Reaction.State.Finished.class);
  }

  @Test
  void silenceIsAcknowledgedAgainWithBackoffThenGivenUp() throws IOException {
    Receiver receiver = receiver(8, 1, 100, false);
    receiver.start(0);
    receiver.received(data(1, 8), 1);

    long now = 1 + SECOND;
    for (long wait : new long[] {2, 4, 8, 8, 8}) {
      Reaction again = receiver.tick(now);
      assertThat(again.send()).containsExactly(new Packet.Ack(1));
      assertThat(again.state()).isEqualTo(new Reaction.State.Waiting(now + wait * SECOND));
      now += wait * SECOND;
    }
    assertThat(receiver.tick(now).state())
        .isEqualTo(new Reaction.State.Finished(new Ending.TimedOut(8)));
  }

  @Test
  void blockNumbersWrapFromTheLastToZero() throws IOException {
    Receiver receiver = receiver(8, 1, 1 << 20, false);
    receiver.start(0);
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    int blocks = 65_536 + 2;
    for (int i = 1; i < blocks; i++) {
      byte[] block = new byte[8];
      Arrays.fill(block, (byte) i);
      sent.writeBytes(block);
      Reaction reaction = receiver.received(data(i & 0xFFFF, block), i);
      assertThat(reaction.send()).containsExactly(new Packet.Ack(i & 0xFFFF));
    }
    Reaction last = receiver.received(data(blocks & 0xFFFF, 1), blocks);
    sent.write(0);

    assertThat(last.state()).isEqualTo(new Reaction.State.Arrived(sent.size()));
    assertThat(receiver.content()).isEqualTo(sent.toByteArray());
  }

  @Test
  void netasciiIsDecodedAcrossBlocks() throws IOException {
    Negotiated terms = new Negotiated(4, 1, SECOND, OptionalLong.empty(), Map.of());
    Receiver receiver = new Receiver(terms, LIMITS, 100, true);
    receiver.start(0);

    receiver.received(data(1, new byte[] {'a', 'b', 'c', '\r'}), 1);
    receiver.received(data(2, new byte[] {'\n', 'd', '\r', 0}), 2);
    receiver.received(data(3, new byte[] {'e', '\r'}), 3);

    assertThat(receiver.content())
        .isEqualTo(new byte[] {'a', 'b', 'c', '\n', 'd', '\r', 'e', '\r'});
  }
}
