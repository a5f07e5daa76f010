package dev.ucprov.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.device.MacAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 check-syncs in flight at once over the one shared UDP socket, to one sipp phone, with the
 * RFC 3261 timers: every one ends, and ends OK. Pacing them is the job engine's business; this
 * shows the user agent keeps every transaction apart under load (sipp also checks each NOTIFY).
 */
class SippBulkIT {

  static final int PHONES = 1_000;

  @TempDir Path dir;

  @Test
  void a_thousand_concurrent_notifies_all_end_ok_and_each_is_recorded() throws Exception {
    try (Sipp phone =
            Sipp.start(
                dir, "notify-answer.xml", Map.of("@STATUS@", "200 OK"), "udp", PHONES, Map.of());
        SipNotifier notifier =
            SipNotifier.open(
                SipSettings.defaults().withUdpBind(new InetSocketAddress(Sipp.LOOPBACK, 0)))) {
      long start = System.nanoTime();
      Map<MacAddress, CompletableFuture<Delivery>> inFlight = new HashMap<>();
      for (int i = 0; i < PHONES; i++) {
        MacAddress mac = MacAddress.parse(String.format(Locale.ROOT, "0004f2%06x", i));
        inFlight.put(mac, notifier.checkSync(target(mac, phone)).toCompletableFuture());
      }
      CompletableFuture.allOf(inFlight.values().toArray(CompletableFuture[]::new))
          .get(60, TimeUnit.SECONDS);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      Map<MacAddress, Delivery> recorded = new HashMap<>();
      inFlight.forEach((mac, future) -> recorded.put(mac, future.join()));
      Map<Delivery.Outcome, Long> outcomes =
          recorded.values().stream()
              .collect(Collectors.groupingBy(Delivery::outcome, Collectors.counting()));
      System.out.printf(
          Locale.ROOT,
          "%d NOTIFYs to one sipp UAS over UDP: %s in %d ms%n",
          PHONES,
          outcomes,
          took.toMillis());

      assertThat(recorded).hasSize(PHONES);
      assertThat(outcomes).containsExactly(Map.entry(Delivery.Outcome.OK, (long) PHONES));
      assertThat(phone.awaitExit(Duration.ofSeconds(60))).as(phone.logs()).isZero();
      assertThat(phone.successfulCalls()).isEqualTo(PHONES);
    }
  }

  private static NotifyTarget target(MacAddress mac, Sipp phone) {
    String user = mac.value().substring(6);
    return new NotifyTarget(
        mac,
        Optional.of(
            new NotifyTarget.SipRoute(
                "sip:" + user + "@127.0.0.1:" + phone.port(),
                "127.0.0.1",
                phone.port(),
                "udp",
                Optional.empty(),
                Optional.empty())),
        Optional.empty());
  }
}
