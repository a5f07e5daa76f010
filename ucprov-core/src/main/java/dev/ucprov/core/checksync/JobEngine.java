package dev.ucprov.core.checksync;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs check-sync jobs on this node and keeps them alive across restarts (ADR 0016). A job is
 * stored before its first check-sync and every device's state as it changes. This node holds a
 * lease on the jobs it runs, renewed every third of {@link Timing#lease}; at start, and at each
 * renewal, it takes over unfinished jobs nobody owns (a clean stop releases them) or whose owner
 * stopped renewing (a crash, on this node or another). A job taken over resumes: devices that were
 * in flight become {@link DeviceState#INTERRUPTED}, pending ones are sent.
 *
 * <p>Thread-safe. Jobs run on the {@link Scheduler}'s threads.
 */
public final class JobEngine implements AutoCloseable {

  /**
   * @param lease how long a job stays its owner's without a heartbeat
   * @param answerWithin see {@link JobContext#answerWithin}
   */
  public record Timing(Duration lease, Duration answerWithin) {
    public static Timing standard() {
      return new Timing(Duration.ofSeconds(30), Duration.ofMinutes(2));
    }
  }

  static final String INTERRUPTED =
      "the server running the job stopped while this check-sync was in flight; whether the phone"
          + " got it is unknown, so it was not sent again";

  private final JobContext context;
  private final Timing timing;
  private final Map<JobId, JobRun> runs = new ConcurrentHashMap<>();
  private volatile boolean closed;
  private volatile boolean started;

  public JobEngine(
      JobRepository jobs,
      Notifier notifier,
      Targets targets,
      Scheduler scheduler,
      Clock clock,
      String owner,
      Timing timing) {
    this.context =
        new JobContext(jobs, notifier, targets, scheduler, clock, owner, timing.answerWithin());
    this.timing = timing;
  }

  /**
   * Stores a job for these devices and starts it.
   *
   * @throws IllegalArgumentException when the tenant does not exist
   */
  public Job start(
      TenantId tenant,
      String selection,
      List<MacAddress> devices,
      JobLimits limits,
      boolean automatic) {
    Instant now = context.clock().instant();
    Job job = new Job(JobId.random(), tenant, selection, automatic, limits, now, Optional.empty());
    List<MacAddress> distinct = List.copyOf(new LinkedHashSet<>(devices));
    context.jobs().create(job, distinct, context.owner(), now);
    run(job, distinct);
    return job;
  }

  /**
   * Takes over the unfinished jobs that are free, and from now on keeps this node's leases and
   * looks for free jobs every half lease. Called once, when the server starts.
   */
  public void resume() {
    if (started) {
      return;
    }
    started = true;
    takeOver();
    context
        .scheduler()
        .at(context.clock().instant().plus(timing.lease().dividedBy(3)), this::renew);
  }

  /** Jobs running on this node now. */
  public Set<JobId> running() {
    return Set.copyOf(runs.keySet());
  }

  /** The most devices a running job had in flight at once, for tests and metrics. */
  Optional<Integer> peakInFlight(JobId id) {
    return Optional.ofNullable(runs.get(id)).map(JobRun::peakInFlight);
  }

  /**
   * Stops starting check-syncs, waits up to {@code grace} for those in flight, and releases this
   * node's jobs so the next node to start resumes them at once. What is still in flight stays
   * recorded as sending and becomes interrupted when the job resumes.
   */
  public void close(Duration grace) {
    closed = true;
    runs.values().forEach(JobRun::stop);
    long deadline = System.nanoTime() + grace.toNanos();
    while (runs.values().stream().anyMatch(r -> r.inFlight() > 0) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    context.jobs().release(context.owner());
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(2));
  }

  private void run(Job job, List<MacAddress> pending) {
    if (closed) {
      return;
    }
    JobRun run = new JobRun(job, pending, context, finished -> runs.remove(finished.id()));
    runs.put(job.id(), run);
    context.scheduler().at(context.clock().instant(), run::pump);
  }

  private void takeOver() {
    Instant now = context.clock().instant();
    for (Job job : context.jobs().claim(context.owner(), now, now.minus(timing.lease()))) {
      if (runs.containsKey(job.id())) {
        continue;
      }
      context.jobs().interrupt(job.id(), INTERRUPTED, now);
      run(job, context.jobs().pending(job.id()));
    }
  }

  /** Renews this node's leases, drops the runs another node took over, then looks for free jobs. */
  private void renew() {
    if (closed) {
      return;
    }
    Instant now = context.clock().instant();
    Set<JobId> before = Set.copyOf(runs.keySet());
    Set<JobId> owned = new HashSet<>(context.jobs().heartbeat(context.owner(), now));
    for (JobId id : before) {
      JobRun lost = owned.contains(id) ? null : runs.remove(id);
      if (lost != null) {
        lost.stop();
      }
    }
    takeOver();
    context.scheduler().at(now.plus(timing.lease().dividedBy(3)), this::renew);
  }
}
