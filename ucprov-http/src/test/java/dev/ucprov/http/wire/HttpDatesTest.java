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

  @Test
  void invalidDatesAreEmpty() {
    assertThat(HttpDates.parse("yesterday")).isEmpty();
    assertThat(HttpDates.parse("")).isEmpty();
  }
}
