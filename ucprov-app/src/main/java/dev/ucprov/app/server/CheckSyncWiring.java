package dev.ucprov.app.server;

import dev.ucprov.app.config.CheckSyncConfig;
import dev.ucprov.core.checksync.DeviceSelector;
import dev.ucprov.core.checksync.ExecutorScheduler;
import dev.ucprov.core.checksync.JobEngine;
import dev.ucprov.core.checksync.Notifier;
import dev.ucprov.core.checksync.RouteNotifier;
import dev.ucprov.core.checksync.Scheduler;
import dev.ucprov.core.checksync.Targets;
import dev.ucprov.core.checksync.auto.AutoCheckSync;
import dev.ucprov.core.checksync.auto.WatchedDeviceRepository;
import dev.ucprov.core.checksync.auto.WatchedFileRepository;
import dev.ucprov.core.checksync.auto.WatchedTenantRepository;
import dev.ucprov.core.operator.CheckSyncs;
import dev.ucprov.core.operator.DeviceCatalog;
import dev.ucprov.sip.SipNotifier;
import dev.ucprov.sip.SipSettings;
import dev.ucprov.sip.push.PushNotifier;
import dev.ucprov.sip.push.PushSettings;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check-sync part of the server: the SIP and Push notifiers, the scheduler and the job engine,
 * registered with {@link Resources} so they close after the listeners (no new job) and before the
 * database (what is in flight is recorded).
 *
 * @param engine resumes unfinished jobs once the server is up ({@link #resume})
 */
record CheckSyncWiring(
    JobEngine engine, Targets targets, Notifier notifier, Scheduler scheduler, Clock clock) {

  private static final Logger LOG = LoggerFactory.getLogger(CheckSyncWiring.class);

  /**
   * How long a clean stop waits for check-syncs in flight before leaving them to the next start.
   */
  static final Duration STOP_GRACE = Duration.ofSeconds(2);

  static CheckSyncWiring open(Store store, Clock clock, Resources resources) {
    SipNotifier sip =
        resources.add(
            "SIP notifier",
            StartFailure.opening(
                "the SIP check-sync socket", () -> SipNotifier.open(SipSettings.defaults())));
    PushNotifier push =
        resources.add(
            "Push notifier",
            StartFailure.opening(
                "the Push API client", () -> PushNotifier.open(PushSettings.defaults())));
    ExecutorScheduler scheduler =
        resources.add(
            "check-sync scheduler",
            new ExecutorScheduler(clock, e -> LOG.error("a check-sync job step failed", e)));
    Notifier notifier = new RouteNotifier(sip, push);
    Targets targets = new Targets(store.tenants(), store.devices(), store.inventory());
    JobEngine engine =
        new JobEngine(
            store.jobs(),
            notifier,
            targets,
            scheduler,
            clock,
            owner(),
            JobEngine.Timing.standard());
    resources.add("check-sync jobs", () -> engine.close(STOP_GRACE));
    return new CheckSyncWiring(engine, targets, notifier, scheduler, clock);
  }

  /**
   * The store the operator's changes go through: with automatic check-sync on, its tenant, device
   * and file repositories report the changes that affect devices (ADR 0016); otherwise {@code
   * store} itself.
   */
  Store watched(Store store, CheckSyncConfig config) {
    if (!config.automatic()) {
      return store;
    }
    AutoCheckSync auto =
        new AutoCheckSync(
            store.tenants(),
            store.files(),
            new DeviceSelector(store.devices()),
            engine,
            scheduler,
            clock,
            config.delay(),
            config.limits(),
            e -> LOG.error("an automatic check-sync could not start", e));
    return new Store(
        store.database(),
        new WatchedTenantRepository(store.tenants(), auto),
        new WatchedDeviceRepository(store.devices(), auto),
        store.inventory(),
        new WatchedFileRepository(store.files(), auto),
        store.uploads(),
        store.jobs(),
        store.blobs());
  }

  CheckSyncs checkSyncs(Store store, DeviceCatalog devices, CheckSyncConfig config) {
    return new CheckSyncs(
        store.tenants(),
        devices,
        new DeviceSelector(store.devices()),
        targets,
        notifier,
        engine,
        store.jobs(),
        config.limits());
  }

  /** Takes over the jobs a previous run left, and keeps this node's leases from now on. */
  void resume() {
    engine.resume();
  }

  /**
   * This process's name in job leases: the host, the process id and a random part, so a restart on
   * the same host is a new owner and never mistakes an old lease for its own. At most 64
   * characters, the column's width.
   */
  private static String owner() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "unknown";
    }
    host = host.length() > 40 ? host.substring(0, 40) : host;
    return host
        + "/"
        + ProcessHandle.current().pid()
        + "/"
        + UUID.randomUUID().toString().substring(0, 8);
  }
}
