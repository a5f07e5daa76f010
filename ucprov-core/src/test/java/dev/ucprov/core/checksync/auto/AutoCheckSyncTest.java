package dev.ucprov.core.checksync.auto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.checksync.DeviceSelector;
import dev.ucprov.core.checksync.Job;
import dev.ucprov.core.checksync.JobDevice;
import dev.ucprov.core.checksync.JobEngine;
import dev.ucprov.core.checksync.JobLimits;
import dev.ucprov.core.checksync.Targets;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.operator.DeviceCatalog;
import dev.ucprov.core.operator.DeviceForm;
import dev.ucprov.core.operator.FileLibrary;
import dev.ucprov.core.operator.SipForm;
import dev.ucprov.core.operator.TenantCatalog;
import dev.ucprov.core.operator.TenantForm;
import dev.ucprov.core.tenant.TenantRepository;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.testing.ManualScheduler;
import dev.ucprov.core.testing.MutableClock;
import dev.ucprov.core.testing.PlaceholderRenderer;
import dev.ucprov.core.testing.ScriptedNotifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Automatic check-sync through the operator's catalogs over watched repositories, as the server
 * wires it, on a test clock with a 10 s delay.
 */
class AutoCheckSyncTest {

  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  static final Duration DELAY = Duration.ofSeconds(10);
  static final String A = "0004f2000001";
  static final String B = "0004f2000002";
  static final String C = "0004f2000003";

  final MutableClock clock = new MutableClock(T0);
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final InMemoryStore store = new InMemoryStore(clock);
  final ScriptedNotifier notifier = ScriptedNotifier.allOk(scheduler, clock, Duration.ZERO);
  final JobEngine engine =
      new JobEngine(
          store.jobs(),
          notifier,
          new Targets(store.tenants(), store.devices(), store.inventory()),
          scheduler,
          clock,
          "node",
          JobEngine.Timing.standard());
  final AutoCheckSync auto =
      new AutoCheckSync(
          store.tenants(),
          store.files(),
          new DeviceSelector(store.devices()),
          engine,
          scheduler,
          clock,
          DELAY,
          new JobLimits(20, 5),
          e -> {
            throw e;
          });
  final TenantRepository tenantRepository = new WatchedTenantRepository(store.tenants(), auto);
  final DeviceRepository deviceRepository = new WatchedDeviceRepository(store.devices(), auto);
  final FileRepository fileRepository = new WatchedFileRepository(store.files(), auto);
  final TenantCatalog tenants = new TenantCatalog(tenantRepository);
  final DeviceCatalog devices =
      new DeviceCatalog(tenantRepository, deviceRepository, store.inventory());
  final List<Job> setUp = new java.util.ArrayList<>();
  final FileLibrary files =
      new FileLibrary(tenantRepository, fileRepository, store.blobs(), new PlaceholderRenderer());

  @BeforeEach
  void acmeWithThreePhones() throws IOException {
    tenants.put("acme", new TenantForm("Acme", null, null, null));
    tenants.put("globex", new TenantForm("Globex", null, null, null));
    for (String mac : List.of(A, B, C)) {
      device("acme", mac, "Desk");
    }
    device("globex", "0004f2000009", "Desk");
    file(Optional.of("acme"), "site.cfg", "<site/>");
    file(Optional.empty(), "sip.ld", "firmware");
    settle();
    assertThat(automaticJobs()).as("the set-up's own changes").isNotEmpty();
    setUp.addAll(automaticJobs());
  }

  @Test
  void aDevicesChangeSendsItACheckSyncOnceTheDelayIsOver() {
    device("acme", A, "Reception");
    scheduler.runUntil(clock.instant().plus(DELAY).minusMillis(1), 100);
    assertThat(automaticJobs()).isEmpty();

    scheduler.runUntil(clock.instant().plusSeconds(1), 100);

    assertThat(automaticJobs())
        .singleElement()
        .satisfies(job -> {
          assertThat(job.automatic()).isTrue();
          assertThat(job.selection()).isEqualTo("automatic: device " + A);
          assertThat(job.limits()).isEqualTo(new JobLimits(20, 5));
          assertThat(macs(job)).containsExactly(A);
        });
  }

  @Test
  void aBurstOfChangesMakesOneJob() {
    Instant burst = clock.instant();
    for (String mac : List.of(A, B, C, A)) {
      device("acme", mac, "burst " + clock.instant());
      scheduler.runUntil(clock.instant().plusSeconds(3), 100);
    }
    scheduler.runUntil(clock.instant().plusSeconds(60), 1000);

    assertThat(automaticJobs())
        .singleElement()
        .satisfies(job -> {
          assertThat(macs(job)).containsExactly(A, B, C);
          assertThat(job.created()).isEqualTo(burst.plusSeconds(9 + 10));
        });
  }

  @Test
  void aSteadyStreamOfChangesStillSendsAfterTenDelays() {
    Instant stream = clock.instant();
    for (int s = 0; s < 150; s += 5) {
      device("acme", A, "label " + s);
      scheduler.runUntil(clock.instant().plusSeconds(5), 100);
    }

    assertThat(automaticJobs()).hasSizeGreaterThanOrEqualTo(1);
    assertThat(automaticJobs().getLast().created()).isEqualTo(stream.plus(DELAY.multipliedBy(10)));
  }

  @Test
  void aTenantFileOrTemplateChangeReachesEveryDeviceOfTheTenant() throws IOException {
    file(Optional.of("acme"), "site.cfg", "<site changed=\"1\"/>");
    file(Optional.of("acme"), "[PHONE_MAC_ADDRESS]-lines.cfg", "<lines/>");
    settle();

    assertThat(automaticJobs())
        .singleElement()
        .satisfies(job -> {
          assertThat(job.selection()).isEqualTo("automatic: all devices");
          assertThat(macs(job)).containsExactly(A, B, C);
        });
  }

  @Test
  void aFileNamedByAMacReachesThatDeviceOnly() throws IOException {
    file(Optional.of("acme"), "overrides/" + B.toUpperCase() + "-phone.cfg", "<o/>");
    settle();

    assertThat(automaticJobs())
        .singleElement()
        .satisfies(job -> assertThat(macs(job)).containsExactly(B));
  }

  @Test
  void deletingOrRestoringAFileIsAChangeToo() throws IOException {
    files.delete(Optional.of("acme"), "site.cfg");
    settle();
    files.restore(Optional.of("acme"), "site.cfg", 1);
    settle();

    assertThat(automaticJobs()).hasSize(2);
  }

  @Test
  void theSameContentAgainIsNoChange() throws IOException {
    file(Optional.of("acme"), "site.cfg", "<site/>");
    settle();

    assertThat(automaticJobs()).isEmpty();
  }

  @Test
  void aSharedFileReachesEveryTenantThatDoesNotShadowIt() throws IOException {
    file(Optional.of("acme"), "sip.ld", "acme's own firmware");
    settle();
    int before = automaticJobs().size();

    file(Optional.empty(), "sip.ld", "new firmware");
    settle();

    List<Job> jobs = automaticJobs().subList(0, automaticJobs().size() - before);
    assertThat(before).as("acme's own sip.ld").isEqualTo(1);
    assertThat(jobs)
        .singleElement()
        .satisfies(job -> {
          assertThat(job.tenant().value()).isEqualTo("globex");
          assertThat(macs(job)).containsExactly("0004f2000009");
        });
  }

  @Test
  void aTenantsNameOrVariablesReachAllItsDevicesItsSipProxyNone() {
    tenants.put(
        "acme",
        new TenantForm(
            "Acme",
            null,
            null,
            null,
            Optional.of(new dev.ucprov.core.operator.SipProxyForm("sip:pbx", null, null))));
    settle();
    assertThat(automaticJobs()).isEmpty();

    tenants.put("acme", new TenantForm("Acme", null, null, Map.of("tz", "Europe/Paris")));
    settle();
    assertThat(automaticJobs())
        .singleElement()
        .satisfies(job -> assertThat(macs(job)).containsExactly(A, B, C));
  }

  @Test
  void changingOnlyADevicesCheckSyncSettingsSendsNothing() {
    devices.put(
        "acme",
        A,
        new DeviceForm(
            Optional.empty(),
            Optional.of("Desk"),
            Map.of(),
            Optional.empty(),
            Optional.of(new SipForm("sip:10.0.0.9", null, null, null, null)),
            Optional.empty()));
    settle();

    assertThat(automaticJobs()).isEmpty();
  }

  @Test
  void aDeviceDeletedBeforeTheDelayEndsIsLeftOut() {
    device("acme", A, "Reception");
    device("acme", B, "Reception");
    devices.delete("acme", B);
    settle();

    assertThat(automaticJobs())
        .singleElement()
        .satisfies(job -> assertThat(macs(job)).containsExactly(A));
  }

  /** Lets every pending change be sent and every job run. */
  private void settle() {
    scheduler.runUntil(clock.instant().plus(DELAY.multipliedBy(12)), 10_000);
  }

  /** The automatic jobs since the set-up, newest first. */
  private List<Job> automaticJobs() {
    return store.jobs().list(Optional.empty(), 100).stream()
        .filter(Job::automatic)
        .filter(job -> !setUp.contains(job))
        .toList();
  }

  private List<String> macs(Job job) {
    return store.jobs().devices(job.id()).stream().map(JobDevice::mac).map(m -> m.value()).toList();
  }

  private void device(String tenant, String mac, String label) {
    devices.put(
        tenant,
        mac,
        new DeviceForm(
            Optional.empty(),
            Optional.of(label),
            Map.of(),
            Optional.empty(),
            Optional.of(new SipForm("sip:10.0.0.1", null, null, null, null)),
            Optional.empty()));
  }

  private void file(Optional<String> tenant, String path, String text) throws IOException {
    files.put(tenant, path, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false);
  }
}
