package dev.ucprov.http.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidatorsTest {

  private static final Instant CHANGED = Instant.parse("2026-03-01T10:00:00.700Z");
  private final Validators file = new Validators(EntityTag.strong("abc"), CHANGED);

  @Nested
  class IfNoneMatch {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "\"abc\"",
          "W/\"abc\"",
          "\"x\", \"abc\"",
          "\"x\",W/\"abc\"",
          "*",
          " * ",
          "\"a,b\", \"abc\"",
          "junk, \"abc\""
        })
    void matchingTagIsNotModified(String header) {
      assertThat(file.notModified(Optional.of(header), Optional.empty())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abd\"", "\"ab\"", "abc", "\"abc", "W/abc", "\"x\", \"y\"", ""})
    void otherTagsAreModified(String header) {
      assertThat(file.notModified(Optional.of(header), Optional.empty())).isFalse();
    }

    @Test
    void winsOverIfModifiedSince() {
      Optional<String> later = Optional.of("Sun, 01 Mar 2026 11:00:00 GMT");
      assertThat(file.notModified(Optional.of("\"other\""), later)).isFalse();
    }
  }

  @Nested
  class IfModifiedSince {

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 01 Mar 2026 10:00:00 GMT", "Sun, 01 Mar 2026 10:00:01 GMT"})
    void sameSecondOrLaterIsNotModified(String header) {
      assertThat(file.notModified(Optional.empty(), Optional.of(header))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 01 Mar 2026 09:59:59 GMT", "not a date", ""})
    void earlierOrInvalidIsModified(String header) {
      assertThat(file.notModified(Optional.empty(), Optional.of(header))).isFalse();
    }

    @Test
    void noConditionIsModified() {
      assertThat(file.notModified(Optional.empty(), Optional.empty())).isFalse();
    }
  }

  @Nested
  class IfRange {

    @Test
    void noIfRangeAllowsTheRange() {
      assertThat(file.rangeAllowed(Optional.empty())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "Sun, 01 Mar 2026 10:00:00 GMT"})
    void currentValidatorAllowsTheRange(String header) {
      assertThat(file.rangeAllowed(Optional.of(header))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "W/\"abc\"",
          "\"abd\"",
          "Sun, 01 Mar 2026 10:00:01 GMT",
          "Sun, 01 Mar 2026 09:59:59 GMT",
          "garbage"
        })
    void weakStaleOrInvalidValidatorSendsTheWholeFile(String header) {
      assertThat(file.rangeAllowed(Optional.of(header))).isFalse();
    }
  }

  @Test
  void entityTagIsQuotedOnce() {
    assertThat(EntityTag.strong("abc").header()).isEqualTo("\"abc\"");
    assertThat(EntityTag.strong("\"abc\"").header()).isEqualTo("\"abc\"");
  }
}
