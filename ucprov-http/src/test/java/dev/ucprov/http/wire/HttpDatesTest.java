package dev.ucprov.http.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
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

  @Property(tries = 2000)
  void formatsAsTheJavaTimeFormatterDoes(
      @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant instant = Instant.ofEpochSecond(epochSecond, nanos);
    DateTimeFormatter reference =
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    assertThat(HttpDates.format(instant)).isEqualTo(reference.format(instant));
  }
}
