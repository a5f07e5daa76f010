package dev.ucprov.core.checksync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.SipSettings;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.testing.ManualScheduler;
import dev.ucprov.core.testing.MutableClock;
import dev.ucprov.core.testing.ScriptedNotifier;
import dev.ucprov.core.testing.ScriptedNotifier.Call;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rate, concurrency and outcomes of jobs, measured on a test clock. */
class JobEngineTest {

  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  static final TenantId ACME = new TenantId("acme");

  final MutableClock clock = new MutableClock(T0);
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final InMemoryStore store = new InMemoryStore(clock);
  final Targets targets = new Targets(store.tenants(), store.devices(), store.inventory());

  @BeforeEach
  void acme() {
    store.tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));
  }

  @Test
  void aHundredDevicesAtTwentyASecondTakeFiveSecondsSpacedEvenly() {
    List<MacAddress> macs = devices(100);
    ScriptedNotifier notifier = ScriptedNotifier.allOk(scheduler, clock, Duration.ofMillis(200));
    JobEngine engine = engine(notifier, "node-a");

    Job job = engine.start(ACME, "all devices", macs, new JobLimits(20, 10), false);
    scheduler.runUntil(T0.plusSeconds(60), 10_000);

    List<Call> calls = notifier.calls();
    assertThat(calls).extracting(Call::mac).containsExactlyElementsOf(macs);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(Duration.between(calls.get(i - 1).at(), calls.get(i).at()))
          .isEqualTo(Duration.ofMillis(50));
    }
    Instant finished = store.jobs().find(job.id()).orElseThrow().finished().orElseThrow();
    assertThat(Duration.between(T0, finished)).isEqualTo(Duration.ofMillis(4950 + 200));
    assertThat(notifier.peakInFlight()).isEqualTo(4).isLessThanOrEqualTo(10);
    assertThat(store.jobs().counts(job.id())).isEqualTo(Map.of(DeviceState.OK, 100));
    assertThat(engine.running()).isEmpty();
  }

  @Test
  void concurrencyIsNeverExceededWhenPhonesAreSlow() {
    List<MacAddress> macs = devices(20);
    ScriptedNotifier notifier = ScriptedNotifier.allOk(scheduler, clock, Duration.ofSeconds(1));
    JobEngine engine = engine(notifier, "node-a");

    Job job = engine.start(ACME, "all devices", macs, new JobLimits(1000, 3), false);
    scheduler.runUntil(T0.plusSeconds(60), 10_000);

    assertThat(notifier.peakInFlight()).isEqualTo(3);
    Instant finished = store.jobs().find(job.id()).orElseThrow().finished().orElseThrow();
    // seven rounds of at most three; each round starts as the previous one's answers arrive
    assertThat(Duration.between(T0, finished))
        .isBetween(Duration.ofSeconds(7), Duration.ofMillis(7050));
    assertThat(store.jobs().counts(job.id())).isEqualTo(Map.of(DeviceState.OK, 20));
  }

  @Test
  void aFractionalRateSpacesStartsSeconds() {
    List<MacAddress> macs = devices(3);
    ScriptedNotifier notifier = ScriptedNotifier.allOk(scheduler, clock, Duration.ZERO);

    engine(notifier, "node-a").start(ACME, "all", macs, new JobLimits(0.5, 10), false);
    scheduler.runUntil(T0.plusSeconds(60), 1000);

    assertThat(notifier.calls())
        .extracting(Call::at)
        .containsExactly(T0, T0.plusSeconds(2), T0.plusSeconds(4));
  }

  @Test
  void eachOutcomeIsRecordedForItsDevice() {
    List<MacAddress> macs = devices(4);
    List<Delivery> answers =
        List.of(
            ScriptedNotifier.ok(),
            new Delivery(Delivery.Outcome.REJECTED, 403, "Forbidden", Delivery.Via.SIP),
            new Delivery(Delivery.Outcome.TIMEOUT, 0, "no answer (timer F)", Delivery.Via.SIP),
            new Delivery(Delivery.Outcome.ERROR, 0, "host unreachable", Delivery.Via.SIP));
    ScriptedNotifier notifier =
        new ScriptedNotifier(
            scheduler,
            clock,
            Duration.ofMillis(10),
            target -> Optional.of(answers.get(macs.indexOf(target.mac()))));

    Job job = engine(notifier, "node-a").start(ACME, "all", macs, new JobLimits(100, 10), false);
    scheduler.runUntil(T0.plusSeconds(10), 1000);

    List<JobDevice> devices = store.jobs().devices(job.id());
    assertThat(devices)
        .extracting(JobDevice::state)
        .containsExactly(
            DeviceState.OK, DeviceState.REJECTED, DeviceState.TIMEOUT, DeviceState.ERROR);
    assertThat(devices.get(1).status()).isEqualTo(403);
    assertThat(devices.get(1).reason()).contains("Forbidden");
    assertThat(devices.get(2).reason()).contains("no answer (timer F)");
  }

  @Test
  void anUnreachableDeviceIsAnErrorWithoutAnyNotify() {
    MacAddress neverSeen = MacAddress.parse("0004f2000999");
    store.devices().put(device(neverSeen, Optional.empty()));
    ScriptedNotifier notifier = ScriptedNotifier.allOk(scheduler, clock, Duration.ZERO);

    Job job =
        engine(notifier, "node-a")
            .start(ACME, "one", List.of(neverSeen), JobLimits.standard(), false);
    scheduler.runUntil(T0.plusSeconds(10), 100);

    assertThat(notifier.calls()).isEmpty();
    JobDevice device = store.jobs().devices(job.id()).getFirst();
    assertThat(device.state()).isEqualTo(DeviceState.ERROR);
    assertThat(device.reason().orElseThrow()).contains("never seen");
  }

  @Test
  void aDeviceDeletedBeforeItsTurnIsAnError() {
    List<MacAddress> macs = devices(2);
    store.devices().delete(ACME, macs.get(1));
    ScriptedNotifier notifier = ScriptedNotifier.allOk(scheduler, clock, Duration.ZERO);

    Job job = engine(notifier, "node-a").start(ACME, "all", macs, JobLimits.standard(), false);
    scheduler.runUntil(T0.plusSeconds(10), 100);

    assertThat(store.jobs().devices(job.id()).get(1).reason().orElseThrow())
        .contains("no longer in tenant acme");
  }

  @Test
  void aNotifierThatNeverAnswersIsATimeoutAfterTheGuard() {
    List<MacAddress> macs = devices(2);
    ScriptedNotifier silent =
        new ScriptedNotifier(scheduler, clock, Duration.ZERO, target -> Optional.empty());

    Job job = engine(silent, "node-a").start(ACME, "all", macs, new JobLimits(10, 1), false);
    scheduler.runUntil(T0.plusSeconds(600), 1000);

    List<JobDevice> devices = store.jobs().devices(job.id());
    assertThat(devices).extracting(JobDevice::state).containsOnly(DeviceState.TIMEOUT);
    assertThat(devices.get(1).updated()).contains(T0.plus(Duration.ofMinutes(4)));
    assertThat(store.jobs().find(job.id()).orElseThrow().finished()).isPresent();
  }

  @Test
  void aNotifierThatThrowsIsAnErrorAndTheJobGoesOn() {
    List<MacAddress> macs = devices(2);
    Notifier broken =
        target -> {
          throw new IllegalStateException("socket closed");
        };

    Job job = engine(broken, "node-a").start(ACME, "all", macs, JobLimits.standard(), false);
    scheduler.runUntil(T0.plusSeconds(10), 100);

    assertThat(store.jobs().devices(job.id()))
        .allSatisfy(d -> {
          assertThat(d.state()).isEqualTo(DeviceState.ERROR);
          assertThat(d.reason().orElseThrow()).contains("socket closed");
        });
  }

  @Test
  void aJobWithoutDevicesFinishesAtOnce() {
    Job job =
        engine(ScriptedNotifier.allOk(scheduler, clock, Duration.ZERO), "node-a")
            .start(ACME, "label \"none\"", List.of(), JobLimits.standard(), false);
    scheduler.runUntil(T0, 10);

    assertThat(store.jobs().find(job.id()).orElseThrow().finished()).contains(T0);
  }

  @Test
  void aDeviceGivenTwiceIsSentOnce() {
    List<MacAddress> macs = devices(2);
    ScriptedNotifier notifier = ScriptedNotifier.allOk(scheduler, clock, Duration.ZERO);

    engine(notifier, "node-a")
        .start(
            ACME, "2", List.of(macs.get(0), macs.get(1), macs.get(0)), JobLimits.standard(), false);
    scheduler.runUntil(T0.plusSeconds(10), 100);

    assertThat(notifier.calls()).extracting(Call::mac).containsExactlyElementsOf(macs);
  }

  List<MacAddress> devices(int count) {
    List<MacAddress> macs = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      MacAddress mac = new MacAddress(String.format("0004f2%06x", i));
      store.devices().put(device(mac, Optional.of("sip:10.0.0." + (i % 250 + 1))));
      macs.add(mac);
    }
    return macs;
  }

  static Device device(MacAddress mac, Optional<String> target) {
    return new Device(
        ACME,
        mac,
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        target.map(t ->
            new SipSettings(Optional.of(t), Optional.empty(), Optional.empty(), Optional.empty())),
        Optional.empty());
  }

  JobEngine engine(Notifier notifier, String owner) {
    return new JobEngine(
        store.jobs(), notifier, targets, scheduler, clock, owner, JobEngine.Timing.standard());
  }
}
