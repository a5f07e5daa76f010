package dev.ucprov.core.checksync;

import dev.ucprov.core.checksync.TargetResolver.Resolution;
import dev.ucprov.core.device.MacAddress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * One job running on this node: starts check-syncs as the rate limiter allows while fewer than the
 * concurrency limit await their outcome, records each outcome, and finishes the job when the last
 * one is in. Driven by the {@link Scheduler}: a wake-up at the limiter's next slot, and one as each
 * outcome arrives; no thread waits.
 *
 * <p>Thread-safety: every method holds this run's monitor. A notifier's completion never runs job
 * code on the notifier's thread: it schedules it.
 */
final class JobRun {

  private final Job job;
  private final JobContext context;
  private final Deque<MacAddress> pending;
  private final Set<MacAddress> inFlight = new HashSet<>();
  private final RateLimiter limiter;
  private final Consumer<JobRun> onFinished;
  private Instant wake;
  private boolean stopped;
  private int peak;

  JobRun(Job job, List<MacAddress> pending, JobContext context, Consumer<JobRun> onFinished) {
    this.job = job;
    this.context = context;
    this.pending = new ArrayDeque<>(pending);
    this.limiter = new RateLimiter(job.limits().rate());
    this.onFinished = onFinished;
  }

  JobId id() {
    return job.id();
  }

  /** Starts what may start now, and arranges to be woken for the rest. */
  synchronized void pump() {
    if (stopped) {
      return;
    }
    while (inFlight.size() < job.limits().concurrency() && !pending.isEmpty()) {
      Instant now = context.clock().instant();
      Instant next = limiter.next(now);
      if (next.isAfter(now)) {
        wakeAt(next);
        return;
      }
      limiter.started(now);
      MacAddress mac = pending.poll();
      if (context.jobs().sending(job.id(), mac, context.owner(), now)) {
        inFlight.add(mac);
        peak = Math.max(peak, inFlight.size());
        send(mac);
      }
    }
    if (pending.isEmpty() && inFlight.isEmpty()) {
      stopped = true;
      context.jobs().finish(job.id(), context.owner(), context.clock().instant());
      onFinished.accept(this);
    }
  }

  /** Stops starting check-syncs; outcomes still arriving are recorded. */
  synchronized void stop() {
    stopped = true;
  }

  /** The devices awaiting their outcome now. */
  synchronized int inFlight() {
    return inFlight.size();
  }

  /** The most devices that ever awaited their outcome at once. */
  synchronized int peakInFlight() {
    return peak;
  }

  private void wakeAt(Instant at) {
    if (wake != null && !wake.isAfter(at)) {
      return;
    }
    wake = at;
    context.scheduler().at(at, this::woken);
  }

  private synchronized void woken() {
    wake = null;
    pump();
  }

  private void send(MacAddress mac) {
    switch (context.targets().resolve(job.tenant(), mac)) {
      case Resolution.Unreachable unreachable -> record(mac, unreachable.delivery());
      case Resolution.Reachable(NotifyTarget target) -> {
        Delivery.Via via = target.push().isPresent() ? Delivery.Via.PUSH : Delivery.Via.SIP;
        Instant deadline = context.clock().instant().plus(context.answerWithin());
        context.scheduler().at(deadline, () -> arrived(mac, unanswered(via)));
        CompletionStage<Delivery> outcome;
        try {
          outcome = context.notifier().checkSync(target);
        } catch (RuntimeException e) {
          record(mac, failed(e, via));
          return;
        }
        outcome.whenComplete((delivery, error) -> {
          Delivery got = delivery != null ? delivery : failed(error, via);
          context.scheduler().at(context.clock().instant(), () -> arrived(mac, got));
        });
      }
    }
  }

  private synchronized void arrived(MacAddress mac, Delivery delivery) {
    if (record(mac, delivery)) {
      pump();
    }
  }

  /** Records the first outcome of an in-flight device; a later one (the watchdog's) is dropped. */
  private boolean record(MacAddress mac, Delivery delivery) {
    if (!inFlight.remove(mac)) {
      return false;
    }
    context.jobs().delivered(job.id(), mac, delivery, context.clock().instant());
    return true;
  }

  private Delivery unanswered(Delivery.Via via) {
    return new Delivery(
        Delivery.Outcome.TIMEOUT,
        0,
        "no outcome within " + context.answerWithin().toSeconds() + " s",
        via);
  }

  private static Delivery failed(Throwable error, Delivery.Via via) {
    return new Delivery(Delivery.Outcome.ERROR, 0, "the notifier failed: " + error, via);
  }
}
