package dev.ucprov.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpDatesTest {

  @Test
  void formatsImfFixdate() {
    assertThat(HttpDates.format(Instant.parse("1994-11-06T08:49:37.250Z")))
        .isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
  }

  @Test
  void readsWhatItWrites() {
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    assertThat(HttpDates.parse(HttpDates.format(t))).contains(t);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994"
      })
  void readsTheThreeFormsRecipientsMustAccept(String date) {
    assertThat(HttpDates.parse(date)).contains(Instant.parse("1994-11-06T08:49:37Z"));
  }

  @Test
  void invalidDatesAreEmpty() {
    assertThat(HttpDates.parse("yesterday")).isEmpty();
    assertThat(HttpDates.parse("")).isEmpty();
  }
}
