package dev.ucprov.core.operator;

import static dev.ucprov.core.operator.TenantCatalogTest.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.DeviceSelector;
import dev.ucprov.core.checksync.DeviceState;
import dev.ucprov.core.checksync.Job;
import dev.ucprov.core.checksync.JobEngine;
import dev.ucprov.core.checksync.JobLimits;
import dev.ucprov.core.checksync.JobReport;
import dev.ucprov.core.checksync.Notifier;
import dev.ucprov.core.checksync.Targets;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.testing.ManualScheduler;
import dev.ucprov.core.testing.MutableClock;
import dev.ucprov.core.testing.ScriptedNotifier;
import dev.ucprov.core.testing.ScriptedNotifier.Call;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckSyncsTest {

  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  static final String A = "0004f2000001";
  static final String B = "0004f2000002";
  static final String C = "0004f2000003";

  final MutableClock clock = new MutableClock(T0);
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final InMemoryStore store = new InMemoryStore(clock);
  final DeviceCatalog devices =
      new DeviceCatalog(store.tenants(), store.devices(), store.inventory());
  final Targets targets = new Targets(store.tenants(), store.devices(), store.inventory());
  ScriptedNotifier notifier = ScriptedNotifier.allOk(scheduler, clock, Duration.ZERO);

  @BeforeEach
  void acme() {
    TenantCatalog tenants = new TenantCatalog(store.tenants());
    tenants.put("acme", new TenantForm("Acme", null, null, null));
    tenants.put("globex", new TenantForm("Globex", null, null, null));
    device("acme", A, "VVX_410", "Reception");
    device("acme", B, "VVX_500", "reception ");
    device("acme", C, "VVX_410", "Lobby");
    device("globex", "0004f2000009", "VVX_410", null);
    store.inventory().record(List.of(seen(A, T0.minusSeconds(10)), seen(B, T0.minusSeconds(7200))));
  }

  @Test
  void oneDeviceNowGivesItsOutcome() {
    CompletionStage<Delivery> outcome = ok(checkSyncs().now("acme", "00:04:F2:00:00:01"));
    scheduler.runUntil(T0, 10);

    assertThat(outcome.toCompletableFuture().join()).isEqualTo(ScriptedNotifier.ok());
    assertThat(notifier.calls()).extracting(Call::mac).containsExactly(MacAddress.parse(A));
    assertThat(notifier.calls().getFirst().target().sip().orElseThrow().host())
        .isEqualTo("192.0.2.1");
  }

  @Test
  void oneUnreachableDeviceIsAnErrorAtOnceWithoutNotify() {
    Delivery delivery = ok(checkSyncs().now("acme", C)).toCompletableFuture().join();

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ERROR);
    assertThat(delivery.reason()).contains("never seen");
    assertThat(notifier.calls()).isEmpty();
  }

  @Test
  void oneDeviceWhoseNotifierThrowsIsAnError() {
    Notifier broken =
        target -> {
          throw new IllegalStateException("no socket");
        };

    Delivery delivery = ok(checkSyncs(broken).now("acme", A)).toCompletableFuture().join();

    assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ERROR);
    assertThat(delivery.reason()).contains("no socket");
  }

  @Test
  void oneDeviceOfAnotherTenantOrNoneIsNotFound() {
    assertThat(checkSyncs().now("acme", "0004f2000009")).isInstanceOf(Outcome.NotFound.class);
    assertThat(checkSyncs().now("nobody", A)).isInstanceOf(Outcome.NotFound.class);
    assertThat(field(checkSyncs().now("acme", "zz"))).isEqualTo("mac");
  }

  @Test
  void aJobSelectsByEachFilter() {
    assertThat(selected(form(true, null, null, null, null))).containsExactly(A, B, C);
    assertThat(selected(form(null, List.of(C, A), null, null, null))).containsExactly(C, A);
    assertThat(selected(form(null, null, "VVX410", null, null))).containsExactly(A, C);
    assertThat(selected(form(null, null, null, "RECEPTION", null))).containsExactly(A, B);
    assertThat(selected(form(null, null, null, null, "2026-11-25T09:00:00Z")))
        .containsExactly(B, C);
    assertThat(selected(form(null, null, "VVX_410", "reception", null))).containsExactly(A);
  }

  @Test
  void aJobRunsAndItsReportCountsEveryState() {
    Outcome<JobReport> started = checkSyncs().start("acme", form(true, null, null, null, null));
    assertThat(((Outcome.Created<JobReport>) started).value().counts())
        .containsEntry(DeviceState.PENDING, 3);
    Job job = created(started);
    scheduler.runUntil(T0.plusSeconds(10), 100);

    JobReport report = ok(checkSyncs().job(job.id().value()));
    assertThat(report.total()).isEqualTo(3);
    assertThat(report.counts())
        .containsEntry(DeviceState.OK, 2)
        .containsEntry(DeviceState.ERROR, 1);
    assertThat(report.counts()).containsEntry(DeviceState.PENDING, 0);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.devices()).hasSize(3);
    assertThat(report.job().finished()).isPresent();
    assertThat(report.job().limits()).isEqualTo(new JobLimits(5, 2));
    assertThat(report.job().selection()).isEqualTo("all devices");
  }

  @Test
  void aJobTakesItsRateAndConcurrencyFromTheForm() {
    JobForm form = new JobForm(true, null, null, null, null, 0.5, 3);

    Job job = created(checkSyncs().start("acme", form));

    assertThat(job.limits()).isEqualTo(new JobLimits(0.5, 3));
  }

  @Test
  void badJobFormsAreRefusedNamingTheField() {
    assertThat(field(start(form(null, null, null, null, null)))).isEqualTo("body");
    assertThat(field(start(form(true, List.of(A), null, null, null)))).isEqualTo("all");
    assertThat(field(start(form(null, List.of(A), "VVX_410", null, null)))).isEqualTo("macs");
    assertThat(field(start(form(null, List.of(A, "x"), null, null, null)))).isEqualTo("macs[1]");
    assertThat(field(start(form(null, List.of("0004f2000009"), null, null, null))))
        .isEqualTo("macs[0]");
    assertThat(field(start(form(null, null, "VVX 410", null, null)))).isEqualTo("model");
    assertThat(field(start(form(null, null, null, null, "yesterday")))).isEqualTo("notSeenSince");
    assertThat(field(start(new JobForm(true, null, null, null, null, 0.0, null))))
        .isEqualTo("rate");
    assertThat(field(start(new JobForm(true, null, null, null, null, 1001.0, null))))
        .isEqualTo("rate");
    assertThat(field(start(new JobForm(true, null, null, null, null, null, 0))))
        .isEqualTo("concurrency");
    assertThat(start(form(true, null, null, null, null)).getClass())
        .isEqualTo(Outcome.Created.class);
    assertThat(checkSyncs().start("nobody", form(true, null, null, null, null)))
        .isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void jobsAreListedNewestFirstPerTenant() {
    Job first = created(checkSyncs().start("acme", form(true, null, null, null, null)));
    clock.advance(Duration.ofSeconds(1));
    Job second = created(checkSyncs().start("globex", form(true, null, null, null, null)));

    assertThat(ok(checkSyncs().jobs(Optional.empty(), Optional.empty())))
        .extracting(r -> r.job().id())
        .containsExactly(second.id(), first.id());
    assertThat(ok(checkSyncs().jobs(Optional.of("acme"), Optional.empty())))
        .extracting(r -> r.job().id())
        .containsExactly(first.id());
    assertThat(ok(checkSyncs().jobs(Optional.empty(), Optional.of("1")))).hasSize(1);
    assertThat(ok(checkSyncs().jobs(Optional.empty(), Optional.empty())).getFirst().devices())
        .isEmpty();
    assertThat(field(checkSyncs().jobs(Optional.empty(), Optional.of("0")))).isEqualTo("limit");
    assertThat(checkSyncs().jobs(Optional.of("nobody"), Optional.empty()))
        .isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void anUnknownOrMalformedJobIsNotFound() {
    assertThat(checkSyncs().job("9b2f0d52-4a4b-4c59-9f61-0e1f2a3b4c5d"))
        .isInstanceOf(Outcome.NotFound.class);
    assertThat(checkSyncs().job("../x")).isInstanceOf(Outcome.NotFound.class);
  }

  private List<String> selected(JobForm form) {
    Job job = created(checkSyncs().start("acme", form));
    return store.jobs().devices(job.id()).stream().map(d -> d.mac().value()).toList();
  }

  private Outcome<JobReport> start(JobForm form) {
    return checkSyncs().start("acme", form);
  }

  private static JobForm form(
      Boolean all, List<String> macs, String model, String label, String notSeenSince) {
    return new JobForm(all, macs, model, label, notSeenSince, null, null);
  }

  private CheckSyncs checkSyncs() {
    return checkSyncs(notifier);
  }

  private CheckSyncs checkSyncs(Notifier notifier) {
    JobEngine engine =
        new JobEngine(
            store.jobs(), notifier, targets, scheduler, clock, "node", JobEngine.Timing.standard());
    return new CheckSyncs(
        store.tenants(),
        devices,
        new DeviceSelector(store.devices()),
        targets,
        notifier,
        engine,
        store.jobs(),
        new JobLimits(5, 2));
  }

  private void device(String tenant, String mac, String model, String label) {
    devices.put(
        tenant,
        mac,
        new DeviceForm(Optional.of(model), Optional.ofNullable(label), Map.of(), Optional.empty()));
  }

  private static Sighting seen(String mac, Instant at) {
    return new Sighting(
        new TenantId("acme"),
        Optional.of(MacAddress.parse(mac)),
        "192.0.2." + Integer.parseInt(mac.substring(10)),
        "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application",
        new RequestRecord(at, Protocol.HTTP, "GET", "/" + mac + ".cfg", 200, 10));
  }

  private static <T> T ok(Outcome<T> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Ok.class);
    return ((Outcome.Ok<T>) outcome).value();
  }

  private static Job created(Outcome<JobReport> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Created.class);
    JobReport report = ((Outcome.Created<JobReport>) outcome).value();
    assertThat(report.devices()).as("a started job's report has counts only").isEmpty();
    return report.job();
  }
}
