package dev.ucprov.sim.phone;

import static dev.ucprov.sim.phone.Phones.server;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.sim.polling.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phone schedules its next poll from the configuration each cycle read. */
class PollingTest {

  /** Records what was scheduled; runs it when the test says. */
  static final class ManualScheduler implements Scheduler {
    record Entry(Instant when, Runnable task, boolean[] cancelled) {}

    final List<Entry> entries = new ArrayList<>();

    @Override
    public Scheduled at(Instant when, Runnable task) {
      Entry entry = new Entry(when, task, new boolean[1]);
      entries.add(entry);
      return () -> entry.cancelled()[0] = true;
    }

    Entry last() {
      return entries.getLast();
    }
  }

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void relativePollingSchedulesThePeriodAfterEachCycleAndPollsRereadEverything() {
    FakeServer server =
        server()
            .put(
                "site.cfg",
                "<polycomConfig prov.polling.enabled=\"1\" prov.polling.mode=\"rel\" prov.polling.period=\"3600\"/>");
    ManualScheduler scheduler = new ManualScheduler();
    List<BootResult> results = new ArrayList<>();
    VirtualPhone phone =
        new VirtualPhone(
            Phones.setup(server).withPolling(scheduler, CLOCK).withObserver(results::add));

    phone.boot();

    assertThat(scheduler.entries).hasSize(1);
    assertThat(scheduler.last().when()).isEqualTo(Instant.parse("2026-03-10T13:00:00Z"));

    server.forget();
    scheduler.last().task().run();

    assertThat(results).extracting(BootResult::trigger).containsExactly(Trigger.BOOT, Trigger.POLL);
    assertThat(server.paths()).contains("GET 000000000000.cfg", "GET sip.ver", "GET site.cfg");
    assertThat(scheduler.entries).hasSize(2);
    assertThat(scheduler.entries.getFirst().cancelled()[0]).isTrue();
  }

  @Test
  void noPollingByDefaultAndTurningItOffCancelsThePendingOne() {
    FakeServer server = server().put("site.cfg", "<polycomConfig prov.polling.enabled=\"1\"/>");
    ManualScheduler scheduler = new ManualScheduler();
    VirtualPhone phone = new VirtualPhone(Phones.setup(server).withPolling(scheduler, CLOCK));
    phone.boot();
    assertThat(scheduler.last().when()).isEqualTo(Instant.parse("2026-03-11T03:00:00Z"));

    server.put("site.cfg", "<polycomConfig a.b=\"1\"/>");
    phone.checkSync();

    assertThat(scheduler.entries).hasSize(1);
    assertThat(scheduler.last().cancelled()[0]).isTrue();
  }

  @Test
  void checkSyncWithAlwaysRebootIsABoot() {
    FakeServer server =
        server()
            .put(
                "site.cfg",
                "<polycomConfig voIpProt.SIP.specialEvent.checkSync.alwaysReboot=\"1\"/>");
    VirtualPhone phone = Phones.phone(server);
    phone.boot();

    assertThat(phone.checkSync().trigger()).isEqualTo(Trigger.BOOT);
  }
}
