package dev.ucprov.core.checksync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jobs outlive the node that ran them. Each node is an engine with its own scheduler over one clock
 * and one store: a crash is a node whose scheduler is never run again.
 */
class JobEngineRestartTest {

  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  static final TenantId ACME = new TenantId("acme");

  final MutableClock clock = new MutableClock(T0);
  final InMemoryStore store = new InMemoryStore(clock);
  final Targets targets = new Targets(store.tenants(), store.devices(), store.inventory());
  final List<MacAddress> macs = new ArrayList<>();

  /** One process: an engine, its scheduler and its notifier. */
  final class Node {
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final ScriptedNotifier notifier =
        ScriptedNotifier.allOk(scheduler, clock, Duration.ofSeconds(1));
    final JobEngine engine;

    Node(String owner) {
      engine =
          new JobEngine(
              store.jobs(),
              notifier,
              targets,
              scheduler,
              clock,
              owner,
              JobEngine.Timing.standard());
    }

    void runUntil(Instant end) {
      scheduler.runUntil(end, 100_000);
    }
  }

  @BeforeEach
  void acme() {
    store.tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));
    for (int i = 1; i <= 10; i++) {
      MacAddress mac = new MacAddress(String.format("0004f2%06x", i));
      store.devices().put(JobEngineTest.device(mac, Optional.of("sip:10.0.0." + i)));
      macs.add(mac);
    }
  }

  @Test
  void afterACrashTheNextNodeResumesOnceTheLeaseIsStaleAndEveryDeviceEndsKnown() {
    Node first = new Node("first");
    first.engine.resume();
    Job job = first.engine.start(ACME, "all devices", macs, new JobLimits(2, 2), false);
    first.runUntil(T0.plusMillis(2200));
    int sentBeforeCrash = first.notifier.calls().size();
    // crash: the first node's scheduler never runs again

    Node second = new Node("second");
    second.engine.resume();
    second.runUntil(T0.plusSeconds(20));
    assertThat(second.notifier.calls()).as("the first node's lease is still fresh").isEmpty();
    second.runUntil(T0.plusSeconds(120));

    assertThat(sentBeforeCrash).isEqualTo(5);
    List<JobDevice> devices = store.jobs().devices(job.id());
    assertThat(devices).allSatisfy(d -> assertThat(d.state().done()).isTrue());
    assertThat(store.jobs().counts(job.id()))
        .isEqualTo(Map.of(DeviceState.OK, 8, DeviceState.INTERRUPTED, 2));
    assertThat(devices.stream().filter(d -> d.state() == DeviceState.INTERRUPTED))
        .allSatisfy(d -> assertThat(d.reason().orElseThrow()).contains("unknown"));
    assertNoDeviceSentTwice(first, second);
    assertThat(store.jobs().find(job.id()).orElseThrow().finished()).isPresent();
  }

  @Test
  void afterACleanStopTheNextNodeResumesAtOnce() {
    Node first = new Node("first");
    first.engine.resume();
    Job job = first.engine.start(ACME, "all devices", macs, new JobLimits(2, 2), false);
    first.runUntil(T0.plusMillis(1200));
    first.engine.close(Duration.ZERO);

    Node second = new Node("second");
    second.engine.resume();
    second.runUntil(T0.plusMillis(1200));

    assertThat(second.notifier.calls()).extracting(Call::at).first().isEqualTo(T0.plusMillis(1200));
    second.runUntil(T0.plusSeconds(60));
    assertThat(store.jobs().counts(job.id()).get(DeviceState.PENDING)).isNull();
    assertThat(store.jobs().counts(job.id()).get(DeviceState.SENDING)).isNull();
    assertNoDeviceSentTwice(first, second);
    assertThat(store.jobs().find(job.id()).orElseThrow().finished()).isPresent();
  }

  @Test
  void aNodeThatLostItsLeaseNeitherSendsNorFinishesTheJob() {
    Node first = new Node("first");
    first.engine.resume();
    Job job = first.engine.start(ACME, "all devices", macs, new JobLimits(1, 1), false);
    first.runUntil(T0.plusMillis(500));
    // the first node pauses (a long GC, a frozen VM) past its lease; the second takes over
    clock.advance(Duration.ofSeconds(40));
    Node second = new Node("second");
    second.engine.resume();
    Instant takeover = clock.instant();

    for (int s = 0; s <= 60; s++) {
      first.runUntil(takeover.plusSeconds(s));
      second.runUntil(takeover.plusSeconds(s));
    }

    assertThat(first.notifier.calls()).extracting(Call::at).allMatch(at -> at.isBefore(takeover));
    assertThat(first.engine.running()).isEmpty();
    assertNoDeviceSentTwice(first, second);
    assertThat(store.jobs().counts(job.id()))
        .isEqualTo(Map.of(DeviceState.OK, 9, DeviceState.INTERRUPTED, 1));
  }

  @Test
  void heartbeatsKeepALongJobWithItsNode() {
    Node first = new Node("first");
    Node second = new Node("second");
    first.engine.resume();
    second.engine.resume();
    Job job = first.engine.start(ACME, "all devices", macs, new JobLimits(0.1, 1), false);

    for (int s = 0; s <= 150; s++) {
      first.runUntil(T0.plusSeconds(s));
      second.runUntil(T0.plusSeconds(s));
    }

    assertThat(second.notifier.calls()).isEmpty();
    assertThat(first.notifier.calls()).hasSize(10);
    assertThat(store.jobs().find(job.id()).orElseThrow().finished()).isPresent();
  }

  private void assertNoDeviceSentTwice(Node first, Node second) {
    Set<MacAddress> seen = new HashSet<>();
    for (Call call : first.notifier.calls()) {
      assertThat(seen.add(call.mac())).as("sent twice: " + call.mac()).isTrue();
    }
    for (Call call : second.notifier.calls()) {
      assertThat(seen.add(call.mac())).as("sent twice: " + call.mac()).isTrue();
    }
  }
}
