package dev.ucprov.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.DeviceState;
import dev.ucprov.core.checksync.ExecutorScheduler;
import dev.ucprov.core.checksync.Job;
import dev.ucprov.core.checksync.JobEngine;
import dev.ucprov.core.checksync.JobLimits;
import dev.ucprov.core.checksync.Notifier;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.checksync.Targets;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 point 6: a bulk job of 1,000 check-syncs, through the real job engine and rate limiter
 * and the real SIP user agent, to one sipp phone on loopback. Every device's outcome is recorded,
 * and the rate and concurrency limits are measured on the wall clock from when each NOTIFY was
 * handed to the user agent, not assumed.
 */
class SippBulkJobIT {

  private static final int PHONES = 1_000;
  private static final double RATE = 200;
  private static final int CONCURRENCY = 40;
  private static final TenantId ACME = new TenantId("acme");

  @TempDir Path dir;

  @Test
  void a_thousand_device_job_records_every_outcome_within_its_rate_and_concurrency()
      throws Exception {
    InMemoryStore store = new InMemoryStore();
    store.tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));
    try (Sipp phone =
            Sipp.start(
                dir, "notify-answer.xml", Map.of("@STATUS@", "200 OK"), "udp", PHONES, Map.of());
        SipNotifier sip =
            SipNotifier.open(
                SipSettings.defaults().withUdpBind(new InetSocketAddress(Sipp.LOOPBACK, 0)));
        ExecutorScheduler scheduler = new ExecutorScheduler(Clock.systemUTC(), e -> {})) {
      List<MacAddress> macs = devices(store, phone.port());
      Measured measured = new Measured(sip);
      JobEngine engine =
          new JobEngine(
              store.jobs(),
              measured,
              new Targets(store.tenants(), store.devices(), store.inventory()),
              scheduler,
              Clock.systemUTC(),
              "node",
              JobEngine.Timing.standard());

      Job job = engine.start(ACME, "all", macs, new JobLimits(RATE, CONCURRENCY), false);
      Map<DeviceState, Integer> counts = awaitDone(store, job, Duration.ofSeconds(90));
      engine.close();

      assertThat(counts).containsEntry(DeviceState.OK, PHONES);
      assertThat(store.jobs().devices(job.id()))
          .hasSize(PHONES)
          .allSatisfy(device -> assertThat(device.state()).isEqualTo(DeviceState.OK));
      assertThat(phone.awaitExit(Duration.ofSeconds(60))).as(phone.logs()).isZero();
      assertThat(phone.successfulCalls()).isEqualTo(PHONES);
      measured.assertHonoured();
    }
  }

  private static List<MacAddress> devices(InMemoryStore store, int port) {
    List<MacAddress> macs = new ArrayList<>();
    for (int i = 0; i < PHONES; i++) {
      MacAddress mac = MacAddress.parse(String.format(Locale.ROOT, "0004f2%06x", i));
      // The device's check-sync settings (the core's), not the user agent's SipSettings.
      var sip =
          new dev.ucprov.core.inventory.SipSettings(
              Optional.of("sip:127.0.0.1:" + port),
              Optional.of("udp"),
              Optional.empty(),
              Optional.of(mac.value().substring(6)));
      store
          .devices()
          .put(
              new Device(
                  ACME,
                  mac,
                  Optional.empty(),
                  Optional.empty(),
                  Map.of(),
                  Optional.empty(),
                  Optional.of(sip),
                  Optional.empty()));
      macs.add(mac);
    }
    return macs;
  }

  private static Map<DeviceState, Integer> awaitDone(InMemoryStore store, Job job, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    Map<DeviceState, Integer> counts = store.jobs().counts(job.id());
    while (System.nanoTime() < deadline) {
      counts = store.jobs().counts(job.id());
      int done =
          counts.entrySet().stream()
              .filter(e -> e.getKey().done())
              .mapToInt(Map.Entry::getValue)
              .sum();
      if (done == PHONES) {
        return counts;
      }
      Thread.sleep(100);
    }
    return counts;
  }

  /** Timestamps each NOTIFY handed to the user agent and counts those in flight. */
  private static final class Measured implements Notifier {
    private final Notifier delegate;
    private final ConcurrentLinkedQueue<Long> starts = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    Measured(Notifier delegate) {
      this.delegate = delegate;
    }

    @Override
    public CompletionStage<Delivery> checkSync(NotifyTarget target) {
      starts.add(System.nanoTime());
      mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      return delegate.checkSync(target).whenComplete((d, e) -> inFlight.decrementAndGet());
    }

    void assertHonoured() {
      List<Long> sorted = starts.stream().sorted().toList();
      assertThat(sorted).hasSize(PHONES);
      double seconds = (sorted.get(PHONES - 1) - sorted.get(0)) / 1e9;
      int busiestSecond = 0;
      for (int first = 0, last = 0; first < PHONES; first++) {
        while (last < PHONES && sorted.get(last) - sorted.get(first) < 1_000_000_000L) {
          last++;
        }
        busiestSecond = Math.max(busiestSecond, last - first);
      }
      System.out.printf(
          Locale.ROOT,
          "bulk job: %d NOTIFYs over %.2f s (%.1f/s), busiest second %d, most in flight %d%n",
          PHONES,
          seconds,
          (PHONES - 1) / seconds,
          busiestSecond,
          mostInFlight.get());
      // 999 intervals of 5 ms: no faster than the rate allows (a start may keep its slot when
      // the scheduler runs it up to a quarter interval late).
      assertThat(seconds).isGreaterThanOrEqualTo((PHONES - 1) / RATE * 0.95);
      assertThat(busiestSecond).isLessThanOrEqualTo((int) (RATE * 1.05) + 2);
      assertThat(mostInFlight.get()).isLessThanOrEqualTo(CONCURRENCY);
    }
  }
}
