package dev.ucprov.tftp.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.tftp.wire.Packet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The read side's state machine, fed ACKs and clock ticks by hand (nanoseconds from 0). */
class SenderTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();
  private static final TransferLimits LIMITS = TransferLimits.standard();

  private static byte[] file(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    return bytes;
  }

  private static Sender sender(byte[] file, int blockSize, int window, boolean oack) {
    Map<String, String> acked = oack ? Map.of("blksize", Integer.toString(blockSize)) : Map.of();
    Negotiated terms = new Negotiated(blockSize, window, SECOND, OptionalLong.empty(), acked);
    return new Sender(new ByteArrayInputStream(file), file.length, terms, LIMITS);
  }

  private static List<Integer> blocks(Reaction reaction) {
    return reaction.send().stream().map(p -> ((Packet.Data) p).block()).toList();
  }

  private static byte[] content(Packet packet) {
    Packet.Data data = (Packet.Data) packet;
    return Arrays.copyOfRange(data.bytes(), data.offset(), data.offset() + data.length());
  }

  @Test
  void withoutOptionsTheFirstBlockGoesAtOnceAndEachAckBringsTheNext() throws IOException {
    byte[] file = file(1000);
    Sender sender = sender(file, 512, 1, false);

    Reaction first = sender.start(0);
    assertThat(blocks(first)).containsExactly(1);
    assertThat(content(first.send().get(0))).isEqualTo(Arrays.copyOf(file, 512));
    assertThat(first.state()).isEqualTo(new Reaction.State.Waiting(SECOND));

    Reaction second = sender.received(new Packet.Ack(1), 10);
    assertThat(blocks(second)).containsExactly(2);
    assertThat(content(second.send().get(0))).isEqualTo(Arrays.copyOfRange(file, 512, 1000));

    Reaction done = sender.received(new Packet.Ack(2), 20);
    assertThat(done.send()).isEmpty();
    assertThat(done.state()).isEqualTo(new Reaction.State.Finished(new Ending.Completed(1000)));
  }

  @Test
  void anEmptyFileIsOneEmptyBlock() throws IOException {
    Sender sender = sender(new byte[0], 512, 1, false);

    Reaction first = sender.start(0);

    assertThat(blocks(first)).containsExactly(1);
    assertThat(((Packet.Data) first.send().get(0)).length()).isZero();
    assertThat(sender.received(new Packet.Ack(1), 1).state())
        .isEqualTo(new Reaction.State.Finished(new Ending.Completed(0)));
  }

  @Test
  void aMultipleOfTheBlockSizeEndsWithAnEmptyBlock() throws IOException {
    Sender sender = sender(file(1024), 512, 1, false);
    sender.start(0);
    sender.received(new Packet.Ack(1), 1);

    Reaction last = sender.received(new Packet.Ack(2), 2);

    assertThat(blocks(last)).containsExactly(3);
    assertThat(((Packet.Data) last.send().get(0)).length()).isZero();
    assertThat(sender.received(new Packet.Ack(3), 3).state())
        .isInstanceOf(Reaction.State.Finished.class);
  }

  @Test
  void optionsOpenWithAnOackAndDataWaitsForAckZero() throws IOException {
    Sender sender = sender(file(100), 1024, 1, true);

    Reaction opened = sender.start(0);
    assertThat(opened.send()).containsExactly(new Packet.OptionAck(Map.of("blksize", "1024")));

    assertThat(sender.received(new Packet.Ack(1), 1).send()).isEmpty();
    Reaction data = sender.received(new Packet.Ack(0), 2);
    assertThat(blocks(data)).containsExactly(1);
    assertThat(((Packet.Data) data.send().get(0)).length()).isEqualTo(100);
  }

  @Test
  void aLostOackIsSentAgainOnTheTimer() throws IOException {
    Sender sender = sender(file(100), 1024, 1, true);
    sender.start(0);

    Reaction again = sender.tick(SECOND);

    assertThat(again.send()).containsExactly(new Packet.OptionAck(Map.of("blksize", "1024")));
  }

  @Test
  void aDuplicateAckSendsNothing() throws IOException {
    Sender sender = sender(file(2000), 512, 1, false);
    sender.start(0);
    assertThat(blocks(sender.received(new Packet.Ack(1), 1))).containsExactly(2);

    Reaction duplicate = sender.received(new Packet.Ack(1), 2);

    assertThat(duplicate.send()).as("Sorcerer's Apprentice").isEmpty();
    assertThat(duplicate.state()).isEqualTo(new Reaction.State.Waiting(1 + SECOND));
    assertThat(blocks(sender.received(new Packet.Ack(2), 3))).containsExactly(3);
  }

  @Test
  void anAckForABlockNotSentIsIgnored() throws IOException {
    Sender sender = sender(file(5000), 512, 2, false);
    sender.start(0);

    Reaction future = sender.received(new Packet.Ack(7), 1);

    assertThat(future.send()).isEmpty();
    assertThat(blocks(sender.received(new Packet.Ack(2), 2))).containsExactly(3, 4);
  }

  @Test
  void retransmissionWaitsDoubleUpToTheLongestThenTheTransferIsGivenUp() throws IOException {
    Sender sender = sender(file(100), 512, 1, false);
    assertThat(sender.start(0).state()).isEqualTo(new Reaction.State.Waiting(SECOND));

    assertThat(sender.tick(SECOND / 2).send()).as("early tick").isEmpty();

    long now = SECOND;
    long[] waits = {2, 4, 8, 8, 8};
    for (long wait : waits) {
      Reaction again = sender.tick(now);
      assertThat(blocks(again)).containsExactly(1);
      assertThat(again.state()).isEqualTo(new Reaction.State.Waiting(now + wait * SECOND));
      now += wait * SECOND;
    }
    Reaction given = sender.tick(now);
    assertThat(given.send()).isEmpty();
    assertThat(given.state()).isEqualTo(new Reaction.State.Finished(new Ending.TimedOut(0)));
  }

  @Test
  void progressResetsTheBackoff() throws IOException {
    Sender sender = sender(file(2000), 512, 1, false);
    sender.start(0);
    sender.tick(SECOND);
    sender.tick(3 * SECOND);

    Reaction next = sender.received(new Packet.Ack(1), 4 * SECOND);

    assertThat(next.state()).isEqualTo(new Reaction.State.Waiting(5 * SECOND));
  }

  @Test
  void aWindowSendsSeveralBlocksAndATimeoutSendsTheWholeWindowAgain() throws IOException {
    Sender sender = sender(file(8 * 512 + 10), 512, 4, false);

    assertThat(blocks(sender.start(0))).containsExactly(1, 2, 3, 4);
    assertThat(blocks(sender.received(new Packet.Ack(4), 1))).containsExactly(5, 6, 7, 8);
    assertThat(blocks(sender.tick(1 + SECOND))).containsExactly(5, 6, 7, 8);
    assertThat(blocks(sender.received(new Packet.Ack(8), 2 * SECOND))).containsExactly(9);
    assertThat(sender.received(new Packet.Ack(9), 3 * SECOND).state())
        .isEqualTo(new Reaction.State.Finished(new Ending.Completed(8 * 512 + 10)));
  }

  @Test
  void anAckInsideTheWindowStartsTheNextWindowAfterIt() throws IOException {
    byte[] file = file(10 * 512);
    Sender sender = sender(file, 512, 4, false);
    sender.start(0);

    Reaction partial = sender.received(new Packet.Ack(2), 1);

    assertThat(blocks(partial)).containsExactly(3, 4, 5, 6);
    assertThat(content(partial.send().get(0)))
        .isEqualTo(Arrays.copyOfRange(file, 2 * 512, 3 * 512));
    assertThat(content(partial.send().get(3)))
        .isEqualTo(Arrays.copyOfRange(file, 5 * 512, 6 * 512));
  }

  @Test
  void blockNumbersWrapFromTheLastToZero() throws IOException {
    int blocks = 65_536 + 3;
    byte[] file = file(blocks * 8 - 1);
    Sender sender = sender(file, 8, 1, false);
    sender.start(0);
    int wire = 1;
    long now = 0;
    Reaction reaction = null;
    for (long acked = 1; acked < blocks; acked++) {
      reaction = sender.received(new Packet.Ack(wire), ++now);
      wire = (wire + 1) & 0xFFFF;
      assertThat(blocks(reaction)).containsExactly(wire);
    }
    Packet.Data last = (Packet.Data) reaction.send().get(0);
    assertThat(last.block()).as("block 65539 after 65535, 0, 1, 2").isEqualTo(3);
    assertThat(content(last)).isEqualTo(Arrays.copyOfRange(file, file.length - 7, file.length));
    assertThat(sender.received(new Packet.Ack(3), ++now).state())
        .isEqualTo(new Reaction.State.Finished(new Ending.Completed(file.length)));
  }

  @Test
  void aPeerErrorEndsTheTransfer() throws IOException {
    Sender sender = sender(file(2000), 512, 1, false);
    sender.start(0);
    sender.received(new Packet.Ack(1), 1);

    Reaction ended = sender.received(new Packet.Error(0, "cancelled"), 2);

    assertThat(ended.state())
        .isEqualTo(new Reaction.State.Finished(new Ending.PeerError(0, "cancelled", 512)));
  }

  @Test
  void dataFromTheReaderIsAnIllegalOperation() throws IOException {
    Sender sender = sender(file(10), 512, 1, false);
    sender.start(0);

    Reaction illegal = sender.received(new Packet.Data(1, new byte[1], 0, 1), 1);

    assertThat(illegal.send()).hasSize(1);
    assertThat(((Packet.Error) illegal.send().get(0)).code()).isEqualTo(4);
    assertThat(illegal.state()).isInstanceOf(Reaction.State.Finished.class);
  }

  @Test
  void aFileShorterThanItsSizeFailsTheRead() {
    Negotiated terms = Negotiated.plain(LIMITS);
    Sender sender = new Sender(new ByteArrayInputStream(new byte[10]), 600, terms, LIMITS);

    assertThatThrownBy(
            () -> {
              sender.start(0);
              sender.received(new Packet.Ack(1), 1);
            })
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("ended after 10 of 600 bytes");
  }
}
