package dev.ucprov.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SqlValuesTest {

  @Test
  void keysAreSplitIntoFullInListsThenTheRest() {
    List<String> keys =
        IntStream.range(0, 2 * SqlValues.IN_LIST + 1).mapToObj(i -> "k" + i).toList();

    List<List<String>> lists = SqlValues.inLists(keys);

    assertThat(lists)
        .extracting(List::size)
        .containsExactly(SqlValues.IN_LIST, SqlValues.IN_LIST, 1);
    assertThat(lists.stream().flatMap(List::stream).toList()).isEqualTo(keys);
    assertThat(SqlValues.inLists(List.of())).isEmpty();
    assertThat(SqlValues.inLists(keys.subList(0, SqlValues.IN_LIST))).hasSize(1);
  }

  @Test
  void timesAreTruncatedToTheMicrosecondNeverRounded() {
    assertThat(SqlValues.stored(Instant.parse("2026-01-01T00:00:00.999999999Z")))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00.999999Z"));
  }
}
