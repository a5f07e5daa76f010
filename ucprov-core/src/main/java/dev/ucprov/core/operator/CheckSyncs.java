package dev.ucprov.core.operator;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.DeviceSelector;
import dev.ucprov.core.checksync.Job;
import dev.ucprov.core.checksync.JobEngine;
import dev.ucprov.core.checksync.JobId;
import dev.ucprov.core.checksync.JobLimits;
import dev.ucprov.core.checksync.JobReport;
import dev.ucprov.core.checksync.JobRepository;
import dev.ucprov.core.checksync.Notifier;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.checksync.Selection;
import dev.ucprov.core.checksync.TargetResolver.Resolution;
import dev.ucprov.core.checksync.Targets;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Check-syncs as operators ask for them: one phone now, or a rate-limited job over a selection of a
 * tenant's devices, and the jobs' progress. Thread-safe.
 */
public final class CheckSyncs {

  public static final int DEFAULT_JOB_LISTING = 50;

  private final TenantRepository tenants;
  private final DeviceCatalog devices;
  private final DeviceSelector selector;
  private final Targets targets;
  private final Notifier notifier;
  private final JobEngine engine;
  private final JobRepository jobs;
  private final JobLimits defaults;

  public CheckSyncs(
      TenantRepository tenants,
      DeviceCatalog devices,
      DeviceSelector selector,
      Targets targets,
      Notifier notifier,
      JobEngine engine,
      JobRepository jobs,
      JobLimits defaults) {
    this.tenants = tenants;
    this.devices = devices;
    this.selector = selector;
    this.targets = targets;
    this.notifier = notifier;
    this.engine = engine;
    this.jobs = jobs;
    this.defaults = defaults;
  }

  /**
   * Sends one check-sync to the device now, outside any job and its rate; the stage completes with
   * its outcome (an unreachable device's at once, as an error naming what to set).
   */
  public Outcome<CompletionStage<Delivery>> now(String tenant, String mac) {
    Outcome<Device> found = devices.find(tenant, mac);
    if (!(found instanceof Outcome.Ok<Device>(Device device))) {
      return found.asRefusal();
    }
    return new Outcome.Ok<>(
        switch (targets.resolve(device.tenant(), device.mac())) {
          case Resolution.Unreachable unreachable ->
              CompletableFuture.completedFuture(unreachable.delivery());
          case Resolution.Reachable(NotifyTarget target) -> send(target);
        });
  }

  /**
   * Starts a job over the devices the form selects: {@link Outcome.Created} with the job and its
   * counts as it starts.
   */
  public Outcome<JobReport> start(String tenant, JobForm form) {
    Optional<Tenant> owner = tenant(tenant);
    if (owner.isEmpty()) {
      return TenantCatalog.unknown(tenant);
    }
    TenantId id = owner.get().id();
    Outcome<Selection> selection = JobForms.selection(form, id, selector);
    if (!(selection instanceof Outcome.Ok<Selection>(Selection chosen))) {
      return selection.asRefusal();
    }
    Outcome<JobLimits> limits = JobForms.limits(form, defaults);
    if (!(limits instanceof Outcome.Ok<JobLimits>(JobLimits checked))) {
      return limits.asRefusal();
    }
    try {
      Job job = engine.start(id, chosen.describe(), selector.select(id, chosen), checked, false);
      return new Outcome.Created<>(new JobReport(job, jobs.counts(job.id()), List.of()));
    } catch (IllegalArgumentException tenantDeletedMeanwhile) {
      return TenantCatalog.unknown(tenant);
    }
  }

  /** The job with every device's state. */
  public Outcome<JobReport> job(String id) {
    if (!JobId.isValid(id)) {
      return new Outcome.NotFound<>("no job \"" + Fields.shown(String.valueOf(id)) + "\"");
    }
    JobId jobId = new JobId(id);
    return jobs.find(jobId)
        .<Outcome<JobReport>>map(
            job -> new Outcome.Ok<>(new JobReport(job, jobs.counts(jobId), jobs.devices(jobId))))
        .orElseGet(() -> new Outcome.NotFound<>("no job \"" + id + "\""));
  }

  /** The newest jobs first, of one tenant or all, with their counts but not their devices. */
  public Outcome<List<JobReport>> jobs(Optional<String> tenant, Optional<String> limit) {
    Optional<TenantId> of = Optional.empty();
    if (tenant.isPresent()) {
      Optional<Tenant> owner = tenant(tenant.get());
      if (owner.isEmpty()) {
        return TenantCatalog.unknown(tenant.get());
      }
      of = owner.map(Tenant::id);
    }
    Fields.Checked<Integer> count = Searches.number("limit", limit, DEFAULT_JOB_LISTING, 1, 1000);
    if (count instanceof Fields.Checked.Bad<Integer>(String field, String problem)) {
      return Outcome.invalid(field, problem);
    }
    return new Outcome.Ok<>(
        jobs.list(of, count.value()).stream()
            .map(job -> new JobReport(job, jobs.counts(job.id()), List.of()))
            .toList());
  }

  private CompletionStage<Delivery> send(NotifyTarget target) {
    try {
      return notifier.checkSync(target);
    } catch (RuntimeException e) {
      Delivery.Via via = target.push().isPresent() ? Delivery.Via.PUSH : Delivery.Via.SIP;
      return CompletableFuture.completedFuture(
          new Delivery(Delivery.Outcome.ERROR, 0, "the notifier failed: " + e, via));
    }
  }

  private Optional<Tenant> tenant(String id) {
    return TenantId.isValid(id) ? tenants.find(new TenantId(id)) : Optional.empty();
  }
}
