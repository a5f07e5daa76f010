package dev.ucprov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.RequestRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RequestLinesTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00.123456Z");

  @Test
  void eachRequestIsOneLineNewestFirst() {
    List<RequestRecord> newestFirst =
        List.of(
            new RequestRecord(T0, Protocol.HTTP, "GET", "0004f2000001-lines.cfg", 200, 731),
            new RequestRecord(T0.minusSeconds(1), Protocol.TFTP, "RRQ", "a b\\c\nd.cfg", 404, 0));

    String text = RequestLines.encode(newestFirst);

    // The migration from the one-row-per-request table writes exactly this format in SQL.
    assertThat(text)
        .isEqualTo(
            "1795600800123456 HTTP GET 200 731 0004f2000001-lines.cfg\n"
                + "1795600799123456 TFTP RRQ 404 0 a b\\\\c\\nd.cfg");
    assertThat(RequestLines.count(text)).isEqualTo(2);
    assertThat(decoded(text, 100)).isEqualTo(newestFirst);
  }

  @Test
  void decodingStopsAtTheLimit() {
    List<RequestRecord> requests = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      requests.add(new RequestRecord(T0.plusSeconds(i), Protocol.HTTP, "GET", "f" + i, 200, i));
    }
    List<RequestRecord> into = new ArrayList<>(List.of(requests.get(4)));

    RequestLines.decode(RequestLines.encode(requests), into, 3);

    assertThat(into).containsExactly(requests.get(4), requests.get(0), requests.get(1));
  }

  @Test
  void aLineNotInTheFormatIsRefusedNamingIt() {
    assertThatThrownBy(() -> decoded("12 HTTP GET 200", 100))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("12 HTTP GET 200");
    assertThatThrownBy(() -> decoded("12 GOPHER GET 200 1 x", 100))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("GOPHER");
  }

  @Property(tries = 1000)
  void everyRequestReadsBackAsItWasWritten(
      @ForAll("requests") @Size(min = 1, max = 20) List<RequestRecord> requests) {
    String text = RequestLines.encode(requests);

    assertThat(RequestLines.count(text)).isEqualTo(requests.size());
    assertThat(decoded(text, requests.size())).isEqualTo(requests);
  }

  @Provide
  Arbitrary<List<RequestRecord>> requests() {
    Arbitrary<String> text =
        Arbitraries.strings().all().ofMaxLength(40).edgeCases(edges -> edges.add("\\n \\"));
    Arbitrary<RequestRecord> request =
        Combinators.combine(
                Arbitraries.longs().between(-9_000_000_000_000_000L, 9_000_000_000_000_000L),
                Arbitraries.of(Protocol.class),
                text,
                text,
                Arbitraries.integers().between(100, 599),
                Arbitraries.longs().between(0, Long.MAX_VALUE))
            .as((micros, protocol, method, path, status, bytes) ->
                new RequestRecord(
                    Instant.EPOCH.plusNanos(micros * 1000), protocol, method, path, status, bytes));
    return request.list();
  }

  private static List<RequestRecord> decoded(String text, int limit) {
    List<RequestRecord> into = new ArrayList<>();
    RequestLines.decode(text, into, limit);
    return into;
  }
}
