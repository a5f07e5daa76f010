package dev.ucprov.http.phone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.http.phone.ByteRange.Part;
import dev.ucprov.http.phone.ByteRange.Unsatisfiable;
import dev.ucprov.http.phone.ByteRange.Whole;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {

  @ParameterizedTest
  @CsvSource({
    "'bytes=0-99', 0, 99",
    "'bytes=100-', 100, 999",
    "'bytes=-100', 900, 999",
    "'bytes=-5000', 0, 999",
    "'bytes=990-5000', 990, 999",
    "'bytes=999-999', 999, 999",
    "'Bytes = 1-2', 1, 2",
    "'bytes=0-99, ', 0, 99",
    "'bytes=0-99999999999999999999999', 0, 999"
  })
  void singleRangeIsPartial(String header, long first, long last) {
    assertThat(ByteRange.of(header, 1000)).isEqualTo(new Part(first, last, 1000));
  }

  @Test
  void partDescribesItself() {
    Part part = new Part(10, 19, 1000);
    assertThat(part.size()).isEqualTo(10);
    assertThat(part.contentRange()).isEqualTo("bytes 10-19/1000");
    assertThat(new Unsatisfiable(1000).contentRange()).isEqualTo("bytes */1000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bytes=1000-",
        "bytes=1000-2000",
        "bytes=-0",
        "bytes=5000-, 2000-3000",
        "bytes=99999999999999999999-"
      })
  void nothingInsideIsUnsatisfiable(String header) {
    assertThat(ByteRange.of(header, 1000)).isEqualTo(new Unsatisfiable(1000));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bytes=0-1,5-6",
        "bytes=0-1, 2000-3000",
        "items=0-5",
        "bytes=5-1",
        "bytes=a-b",
        "bytes=1-2-3",
        "bytes=",
        "bytes",
        "0-5",
        "bytes=--5",
        "bytes=1-x"
      })
  void severalRangesOrAnInvalidHeaderSendTheWholeFile(String header) {
    assertThat(ByteRange.of(header, 1000)).isEqualTo(new Whole());
  }

  @Test
  void emptyFileIsAlwaysWhole() {
    assertThat(ByteRange.of("bytes=0-", 0)).isEqualTo(new Whole());
  }

  @Property
  void partsStayInsideTheFile(
      @ForAll @LongRange(min = 0, max = 5000) long first,
      @ForAll @LongRange(min = 0, max = 5000) long last,
      @ForAll @LongRange(min = 1, max = 3000) long length) {
    ByteRange range = ByteRange.of("bytes=" + first + "-" + last, length);
    if (range instanceof Part part) {
      assertThat(part.first()).isBetween(0L, length - 1);
      assertThat(part.last()).isBetween(part.first(), length - 1);
    } else if (last < first) {
      assertThat(range).isEqualTo(new Whole());
    } else {
      assertThat(first).isGreaterThanOrEqualTo(length);
      assertThat(range).isEqualTo(new Unsatisfiable(length));
    }
  }
}
