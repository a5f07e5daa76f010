package dev.ucprov.core.checksync.auto;

import dev.ucprov.core.checksync.DeviceSelector;
import dev.ucprov.core.checksync.JobEngine;
import dev.ucprov.core.checksync.JobLimits;
import dev.ucprov.core.checksync.Scheduler;
import dev.ucprov.core.checksync.Selection;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns changes into check-sync jobs, one per tenant per burst: a tenant's changes are collected
 * until none came for {@code delay} (or, under a steady stream of changes, {@code 10 × delay} after
 * the first), then its affected devices get one automatic job at the given limits. Thread-safe:
 * {@link #changed} runs on request threads, the flush on the {@link Scheduler}'s.
 */
public final class AutoCheckSync implements ChangeSink {

  /** A tenant's changes not yet sent: every device, or these. */
  private static final class Pending {
    final Instant first;
    Instant last;
    boolean all;
    final Set<MacAddress> macs = new LinkedHashSet<>();

    Pending(Instant first) {
      this.first = first;
      this.last = first;
    }
  }

  private final TenantRepository tenants;
  private final FileRepository files;
  private final DeviceSelector selector;
  private final JobEngine engine;
  private final Scheduler scheduler;
  private final Clock clock;
  private final Duration delay;
  private final JobLimits limits;
  private final Consumer<RuntimeException> failures;
  private final Map<TenantId, Pending> pending = new HashMap<>();

  /**
   * @param failures told when a job could not be started (the database down), for the log
   */
  public AutoCheckSync(
      TenantRepository tenants,
      FileRepository files,
      DeviceSelector selector,
      JobEngine engine,
      Scheduler scheduler,
      Clock clock,
      Duration delay,
      JobLimits limits,
      Consumer<RuntimeException> failures) {
    this.tenants = tenants;
    this.files = files;
    this.selector = selector;
    this.engine = engine;
    this.scheduler = scheduler;
    this.clock = clock;
    this.delay = delay;
    this.limits = limits;
    this.failures = failures;
  }

  @Override
  public void changed(Change change) {
    switch (change) {
      case Change.OfDevice(TenantId tenant, MacAddress mac) -> note(tenant, false, mac);
      case Change.OfTenant(TenantId tenant) -> note(tenant, true, null);
      case Change.OfSharedFile(var path) -> {
        for (Tenant tenant : tenants.list()) {
          if (files.find(FileScope.of(tenant.id()), path).isEmpty()) {
            note(tenant.id(), true, null);
          }
        }
      }
    }
  }

  private synchronized void note(TenantId tenant, boolean all, MacAddress mac) {
    Instant now = clock.instant();
    Pending p = pending.computeIfAbsent(tenant, t -> new Pending(now));
    p.last = now;
    p.all |= all;
    if (mac != null) {
      p.macs.add(mac);
    }
    scheduler.at(due(p), () -> flush(tenant));
  }

  /** When the tenant's pending changes are sent, unless another change comes first. */
  private Instant due(Pending p) {
    Instant quiet = p.last.plus(delay);
    Instant longest = p.first.plus(delay.multipliedBy(10));
    return quiet.isBefore(longest) ? quiet : longest;
  }

  private void flush(TenantId tenant) {
    Pending ready;
    synchronized (this) {
      Pending p = pending.get(tenant);
      if (p == null || clock.instant().isBefore(due(p))) {
        return;
      }
      ready = pending.remove(tenant);
    }
    try {
      start(tenant, ready);
    } catch (RuntimeException e) {
      failures.accept(e);
    }
  }

  private void start(TenantId tenant, Pending ready) {
    if (tenants.find(tenant).isEmpty()) {
      return;
    }
    Selection selection =
        ready.all
            ? new Selection.All()
            : new Selection.Macs(
                ready.macs.stream().filter(mac -> selector.belongs(tenant, mac)).toList());
    List<MacAddress> devices = selector.select(tenant, selection);
    if (!devices.isEmpty()) {
      engine.start(tenant, "automatic: " + selection.describe(), devices, limits, true);
    }
  }
}
