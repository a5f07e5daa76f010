package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TransferLineTest {

  private static final Instant T = Instant.parse("2026-11-25T18:00:00.123Z");

  @Test
  void hasTheHttpLayoutWithTheFtpCommandAndCode() {
    assertThat(
            new TransferLine(T, "192.0.2.10", "acme", "RETR", "/site.cfg", 226, 1234, 3).format())
        .isEqualTo("2026-11-25T18:00:00.123Z 192.0.2.10 acme RETR /site.cfg 226 1234 3 \"-\"");
  }

  @Test
  void clientChosenPathsCannotForgeFieldsOrLines() {
    assertThat(
            new TransferLine(T, "192.0.2.10", "acme", "STOR", "/a b\"\n%.cfg", 550, 0, 1).format())
        .isEqualTo(
            "2026-11-25T18:00:00.123Z 192.0.2.10 acme STOR /a%20b%22%0A%25.cfg 550 0 1 \"-\"");
    assertThat(new TransferLine(T, "", "-", "PASS", "", 530, 0, 0).format())
        .isEqualTo("2026-11-25T18:00:00.123Z - - PASS - 530 0 0 \"-\"");
  }

  @Test
  void aTftpRequestReadsTheSame() {
    assertThat(new TransferLine(T, "192.0.2.10", "-", "RRQ", "acme/site.cfg", 404, 0, 2).format())
        .isEqualTo("2026-11-25T18:00:00.123Z 192.0.2.10 - RRQ acme/site.cfg 404 0 2 \"-\"");
  }

  @Test
  void c1ControlCharactersAndDeleteAreShownAsCodesInEveryField() {
    assertThat(
            new TransferLine(T, "192.0.2.10", "ac\u0085me", "RRQ", "a\u007fb\u009b", 200, 1, 0)
                .format())
        .isEqualTo("2026-11-25T18:00:00.123Z 192.0.2.10 ac%85me RRQ a%7Fb%9B 200 1 0 \"-\"");
  }
}
