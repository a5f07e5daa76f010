package dev.ucprov.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessLineTest {

  private static final Instant T = Instant.parse("2026-11-25T18:00:00.123Z");

  @Test
  void hasTheHttpLayoutWithTheFtpCommandAndCode() {
    assertThat(new AccessLine(T, "192.0.2.10", "acme", "RETR", "/site.cfg", 226, 1234, 3).format())
        .isEqualTo("2026-11-25T18:00:00.123Z 192.0.2.10 acme RETR /site.cfg 226 1234 3 \"-\"");
  }

  @Test
  void clientChosenPathsCannotForgeFieldsOrLines() {
    assertThat(new AccessLine(T, "192.0.2.10", "acme", "STOR", "/a b\"\n%.cfg", 550, 0, 1).format())
        .isEqualTo(
            "2026-11-25T18:00:00.123Z 192.0.2.10 acme STOR /a%20b%22%0A%25.cfg 550 0 1 \"-\"");
    assertThat(new AccessLine(T, "", "-", "PASS", "", 530, 0, 0).format())
        .isEqualTo("2026-11-25T18:00:00.123Z - - PASS - 530 0 0 \"-\"");
  }
}
