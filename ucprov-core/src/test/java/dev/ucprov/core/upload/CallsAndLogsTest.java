package dev.ucprov.core.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallsAndLogsTest {

  private static final UploadName CALLS = UploadName.parse("0004f2aabbcc-calls.xml").orElseThrow();
  private static final UploadName LOG = UploadName.parse("0004f2aabbcc-app.log").orElseThrow();

  private final UploadValidation validation =
      new UploadValidation(new UploadLimits(10, 10, 64, 64, 64, 1));

  @Test
  void callListsAreStoredAsReceivedBareAmpersandsIncluded() {
    byte[] calls =
        "<callList><call name=\"Tom & Jerry\"/></callList".getBytes(StandardCharsets.UTF_8);

    assertThat(validation.check(CALLS, calls)).isEqualTo(new Verdict.Accepted());
    assertThat(validation.check(CALLS, new byte[] {0, 1, 2})).isEqualTo(new Verdict.Accepted());
  }

  @Test
  void callListsAndLogsOverTheirCapAre413() {
    assertThat(validation.check(CALLS, new byte[65]))
        .isEqualTo(
            new Verdict.Refused(
                413,
                "0004f2aabbcc-calls.xml is larger than the limit of 64 bytes for calls uploads"));
    assertThat(validation.check(LOG, "x".repeat(65).getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOfSatisfying(
            Verdict.Refused.class, refused -> assertThat(refused.status()).isEqualTo(413));
    assertThat(validation.check(LOG, "x".repeat(64).getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(new Verdict.Accepted());
  }

  @Test
  void logLinesInAnyEncodingWithTabsAndColoursAreText() {
    byte[] log = {
      '1', '|', 's', 'i', 'p', '\t', '|', 0x1b, '[', '0', 'm', '\r', '\n', (byte) 0xe9, '\f', '\n'
    };

    assertThat(validation.check(LOG, log)).isEqualTo(new Verdict.Accepted());
    assertThat(validation.check(LOG, new byte[0])).isEqualTo(new Verdict.Accepted());
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x01, 0x08, 0x0b, 0x1f})
  void aControlByteMakesItBinaryRefusedWithItsLineAndColumn(int control) {
    byte[] log = "0101|app |1|00|ok\nab".getBytes(StandardCharsets.US_ASCII);
    byte[] bad = new byte[log.length + 1];
    System.arraycopy(log, 0, bad, 0, log.length);
    bad[log.length] = (byte) control;

    assertThat(validation.check(LOG, bad))
        .isEqualTo(
            new Verdict.Refused(
                400,
                String.format(
                    "line 2, column 3: byte 0x%02X at offset 20; a log upload must be text,"
                        + " without NUL or other control characters",
                    control)));
  }
}
