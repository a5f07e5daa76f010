package dev.ucprov.http.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessLineTest {

  private static final Instant T = Instant.parse("2026-11-25T18:00:00.123Z");

  @Test
  void fieldsInTheirFixedOrder() {
    AccessLine line =
        new AccessLine(
            T,
            "192.0.2.10",
            "acme",
            "GET",
            "/acme/0004f2aabbcc.cfg",
            200,
            1234,
            3,
            "PolycomVVX-VVX_410-UA/6.4.0.1234");

    assertThat(line.format())
        .isEqualTo(
            "2026-11-25T18:00:00.123Z 192.0.2.10 acme GET /acme/0004f2aabbcc.cfg 200 1234 3"
                + " \"PolycomVVX-VVX_410-UA/6.4.0.1234\"");
  }

  @Test
  void nothingSentCanSplitOrEndTheLine() {
    AccessLine line =
        new AccessLine(T, "::1", "-", "GET", "/a b\"c\n", 400, 12, 0, "evil\" \\ \n ua");

    assertThat(line.format())
        .isEqualTo(
            "2026-11-25T18:00:00.123Z ::1 - GET /a%20b%22c%0A 400 12 0 \"evil\\\" \\\\ \\x0a ua\"");
    assertThat(line.format().split(" ")).hasSizeGreaterThanOrEqualTo(9);
  }

  @Test
  void emptyValuesAreDashes() {
    assertThat(new AccessLine(T, "127.0.0.1", "-", "", "", 400, 0, 1, "").format())
        .isEqualTo("2026-11-25T18:00:00.123Z 127.0.0.1 - - - 400 0 1 \"-\"");
  }
}
