package dev.ucprov.tftp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Option negotiation: RFC 2347, 2348, 2349 and 7440 edge cases. */
class OptionsTest {

  private static final TransferLimits LIMITS =
      new TransferLimits(8192, 16, 65_536, Duration.ofSeconds(1), Duration.ofSeconds(8), 5);

  private static Negotiated accepted(Map<String, String> requested, OptionalLong readSize) {
    Negotiation negotiation = Options.negotiate(requested, LIMITS, readSize);
    assertThat(negotiation).isInstanceOf(Negotiation.Accepted.class);
    return ((Negotiation.Accepted) negotiation).terms();
  }

  private static String refused(String name, String value) {
    Negotiation negotiation = Options.negotiate(Map.of(name, value), LIMITS, OptionalLong.empty());
    assertThat(negotiation).isInstanceOf(Negotiation.Refused.class);
    return ((Negotiation.Refused) negotiation).message();
  }

  @Test
  void noOptionsMeansNoOackAndRfc1350Terms() {
    Negotiated terms = accepted(Map.of(), OptionalLong.of(10));

    assertThat(terms.optionAck()).isFalse();
    assertThat(terms.blockSize()).isEqualTo(512);
    assertThat(terms.windowSize()).isEqualTo(1);
    assertThat(terms.timeoutNanos()).isEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void unknownOptionsAreLeftOutOfTheOack() {
    Negotiated terms = accepted(Map.of("multicast", "", "utimeout", "5000"), OptionalLong.of(1));

    assertThat(terms.optionAck()).isFalse();
  }

  @Test
  void everyKnownOptionIsAcknowledgedInTheOrderAsked() {
    Map<String, String> asked = new LinkedHashMap<>();
    asked.put("tsize", "0");
    asked.put("blksize", "1428");
    asked.put("timeout", "3");
    asked.put("windowsize", "8");
    asked.put("x-vendor", "1");

    Negotiated terms = accepted(asked, OptionalLong.of(123_456));

    assertThat(terms.acknowledged())
        .containsExactly(
            Map.entry("tsize", "123456"),
            Map.entry("blksize", "1428"),
            Map.entry("timeout", "3"),
            Map.entry("windowsize", "8"));
    assertThat(terms.blockSize()).isEqualTo(1428);
    assertThat(terms.windowSize()).isEqualTo(8);
    assertThat(terms.timeoutNanos()).isEqualTo(Duration.ofSeconds(3).toNanos());
    assertThat(terms.transferSize()).isEmpty();
  }

  @Test
  void aBlockSizeAboveOursIsAnsweredWithOurs() {
    Negotiated terms = accepted(Map.of("blksize", "65464"), OptionalLong.of(1));

    assertThat(terms.blockSize()).isEqualTo(8192);
    assertThat(terms.acknowledged()).containsEntry("blksize", "8192");
  }

  @Test
  void theWindowIsCutToOurLimitAndToTheWindowMemory() {
    assertThat(accepted(Map.of("windowsize", "65535"), OptionalLong.of(1)).windowSize())
        .isEqualTo(16);
    Negotiated big = accepted(Map.of("blksize", "8192", "windowsize", "16"), OptionalLong.of(1));
    assertThat(big.windowSize()).isEqualTo(8);
    assertThat(big.acknowledged()).containsEntry("windowsize", "8");
  }

  @Test
  void aWriteTakesTheDeclaredSizeAndEchoesIt() {
    Negotiated terms = accepted(Map.of("tsize", "4096"), OptionalLong.empty());

    assertThat(terms.transferSize()).hasValue(4096);
    assertThat(terms.acknowledged()).containsEntry("tsize", "4096");
  }

  @ParameterizedTest
  @CsvSource({
    "blksize, 7",
    "blksize, 65465",
    "blksize, ''",
    "blksize, 12a",
    "blksize, -512",
    "timeout, 0",
    "timeout, 256",
    "windowsize, 0",
    "windowsize, 65536",
  })
  void aValueOutOfRangeIsRefusedNamingTheOption(String name, String value) {
    assertThat(refused(name, value)).startsWith("Option " + name + "=").contains("must be");
  }

  @ParameterizedTest
  @CsvSource({"-1", "99999999999999999999999", "enable", "''"})
  void aWriteMustDeclareARealSize(String value) {
    assertThat(refused("tsize", value)).startsWith("Option tsize=").contains("a size in bytes");
  }

  @ParameterizedTest
  @CsvSource({"0", "enable", "12", "''"})
  void aReadIsToldTheSizeWhateverItsTsizeSays(String value) {
    assertThat(accepted(Map.of("tsize", value), OptionalLong.of(70_000)).acknowledged())
        .containsExactly(Map.entry("tsize", "70000"));
  }

  @Test
  void aTimeoutLongerThanOurLongestWaitIsLeftOutOfTheOack() {
    Negotiated terms = accepted(Map.of("timeout", "9", "blksize", "1024"), OptionalLong.of(1));

    assertThat(terms.acknowledged()).containsExactly(Map.entry("blksize", "1024"));
    assertThat(terms.timeoutNanos()).isEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void theSmallestValuesAreAccepted() {
    Negotiated terms =
        accepted(Map.of("blksize", "8", "timeout", "1", "windowsize", "1"), OptionalLong.of(0));

    assertThat(terms.blockSize()).isEqualTo(8);
    assertThat(terms.windowSize()).isEqualTo(1);
    assertThat(terms.timeoutNanos()).isEqualTo(Duration.ofSeconds(1).toNanos());
  }
}
