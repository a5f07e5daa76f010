package dev.ucprov.sim.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sim.phone.BootServerSetting;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BootStormTest {

  private static final Duration TICK = Duration.ofMillis(20);

  private final List<LoadSnapshot> shown = new CopyOnWriteArrayList<>();

  private LoadReport run(TreeServer server, LoadPlan plan) {
    LoadPhones phones =
        new LoadPhones(
            new BootServerSetting.Fixed(TreeServer.ROOT),
            plan.uploads() ? server : LoadPhones.readOnly(server),
            "VVX_410");
    return new BootStorm(phones).run(plan, shown::add, TICK);
  }

  private static List<MacAddress> macs(int count) {
    return PhoneMacs.numbered(PhoneMacs.DEFAULT_PREFIX, count);
  }

  @Test
  void everyPhoneBootsOnceAndEveryRequestIsCountedByKind() {
    List<MacAddress> macs = macs(50);
    TreeServer server = TreeServer.standard().lines(macs);

    LoadReport report = run(server, LoadPlan.of(macs));

    assertThat(report.phones()).isEqualTo(50);
    assertThat(report.completed()).isEqualTo(50);
    assertThat(report.errors()).isZero();
    assertThat(report.errorsByKind()).isEmpty();
    // master 2 (MAC, then 000000000000), sip.ver, 3 config files, 2 overrides, directory 2,
    // licences 2, log uploads 2: 14 a boot.
    assertThat(report.requests()).isEqualTo(50 * 14).isEqualTo(server.fetches() + server.stores());
    assertThat(report.byKind().keySet())
        .containsExactly(
            "master",
            "firmware-version",
            "config",
            "override",
            "directory",
            "licence",
            "log-upload");
    assertThat(report.byKind().get("config").latency().count()).isEqualTo(150);
    assertThat(report.byKind().get("log-upload").latency().count()).isEqualTo(100);
    assertThat(report.latency().count()).isEqualTo(report.requests());
    assertThat(report.boot().count()).isEqualTo(50);
    assertThat(report.phonesPerSecond()).isPositive();
    assertThat(report.requestsPerSecond()).isCloseTo(report.phonesPerSecond() * 14, within(1e-6));
  }

  @Test
  void latenciesComeFromTheRequestsTimes() {
    List<MacAddress> macs = macs(10);
    TreeServer server = TreeServer.standard().lines(macs).delay(Duration.ofMillis(20));

    LoadReport report = run(server, LoadPlan.of(macs));

    assertThat(report.latency().p50Ms()).isBetween(19.0, 500.0);
    assertThat(report.latency().maxMs()).isGreaterThanOrEqualTo(report.latency().p99Ms());
    assertThat(report.latency().p99Ms()).isGreaterThanOrEqualTo(report.latency().p50Ms());
    assertThat(report.boot().p50Ms())
        .as("14 requests of 20 ms one after the other")
        .isGreaterThan(14 * 19.0);
  }

  @Test
  void phonesArriveAtTheRate() {
    List<MacAddress> macs = macs(20);
    TreeServer server = TreeServer.standard().lines(macs);

    LoadReport report = run(server, LoadPlan.of(macs).withRate(100));

    assertThat(report.completed()).isEqualTo(20);
    assertThat(report.elapsed())
        .as("the 20th phone starts at 190 ms")
        .isGreaterThanOrEqualTo(Duration.ofMillis(190));
  }

  @Test
  void concurrencyBoundsThePhonesBootingAtOnce() {
    List<MacAddress> macs = macs(40);
    TreeServer server = TreeServer.standard().lines(macs).delay(Duration.ofMillis(2));

    LoadReport report = run(server, LoadPlan.of(macs).withConcurrency(4));

    assertThat(report.completed()).isEqualTo(40);
    assertThat(server.mostInFlight()).isBetween(1, 4);
  }

  @Test
  void theDurationCutsBootsInFlightAsTimeoutsAndLeavesTheRestNotStarted() {
    List<MacAddress> macs = macs(30);
    TreeServer server = TreeServer.standard().lines(macs).delay(Duration.ofMillis(100));

    long before = System.nanoTime();
    LoadReport report =
        run(server, LoadPlan.of(macs).withRate(20).withDuration(Duration.ofMillis(500)));
    Duration took = Duration.ofNanos(System.nanoTime() - before);

    // Boots take 1.4 s: none ends in 0.5 s; phones 0..9 start within it.
    assertThat(report.completed()).isZero();
    assertThat(report.errorsByKind())
        .containsEntry("timeout", 10L)
        .containsEntry("not-started", 20L)
        .hasSize(2);
    assertThat(report.errors()).isEqualTo(30);
    assertThat(report.elapsed()).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
    assertThat(took).as("cut boots get a bounded grace").isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void eachFailedPhoneCountsOnceUnderItsFirstError() {
    List<MacAddress> macs = macs(6);
    TreeServer server = TreeServer.standard().lines(macs);
    server.status("features.cfg", 404);
    server.status("logs/" + macs.get(0).value() + "-boot.log", 500);
    server.status(macs.get(1).value() + "-lines.cfg", 403);

    LoadReport report = run(server, LoadPlan.of(macs));

    assertThat(report.completed()).isZero();
    assertThat(report.errorsByKind())
        .containsExactly(
            java.util.Map.entry("config-403", 1L), java.util.Map.entry("config-404", 5L));
    assertThat(report.byKind().get("config").errors()).isEqualTo(6 + 1);
    assertThat(report.byKind().get("log-upload").errors()).isEqualTo(1);
  }

  @Test
  void aServerThatDoesNotAnswerIsAnErrorOfItsOwnKind() {
    List<MacAddress> macs = macs(3);
    TreeServer server = TreeServer.standard().lines(macs).status("000000000000.cfg", 503);

    LoadReport report = run(server, LoadPlan.of(macs));

    assertThat(report.errorsByKind()).containsExactly(java.util.Map.entry("master-503", 3L));
  }

  @Test
  void withoutUploadsNothingIsSentOrCounted() {
    List<MacAddress> macs = macs(5);
    TreeServer server = TreeServer.standard().lines(macs);

    LoadReport report = run(server, LoadPlan.of(macs).withoutUploads());

    assertThat(server.stores()).isZero();
    assertThat(report.completed()).isEqualTo(5);
    assertThat(report.requests()).isEqualTo(5 * 12).isEqualTo(server.fetches());
    assertThat(report.byKind()).doesNotContainKey("log-upload");
  }

  @Test
  void progressIsToldWhileRunningAndOnceAtTheEnd() {
    List<MacAddress> macs = macs(10);
    TreeServer server = TreeServer.standard().lines(macs);

    // At 20 phones a second the run lasts at least 450 ms, some 20 ticks: a loaded machine that
    // delays the ticker still leaves it more than the two this asks for.
    run(server, LoadPlan.of(macs).withRate(20));

    assertThat(shown).hasSizeGreaterThan(2);
    LoadSnapshot last = shown.getLast();
    assertThat(last.done()).isEqualTo(10);
    assertThat(last.started()).isEqualTo(10);
    assertThat(last.inFlight()).isZero();
    assertThat(shown).extracting(LoadSnapshot::done).isSorted();
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
