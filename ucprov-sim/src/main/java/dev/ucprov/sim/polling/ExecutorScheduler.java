package dev.ucprov.sim.polling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on a {@link ScheduledExecutorService}, measuring delays with a clock; each task starts
 * a virtual thread of its own, so a slow poll never holds the timer. Thread-safe.
 */
public final class ExecutorScheduler implements Scheduler {

  private final ScheduledExecutorService timer;
  private final Clock clock;

  public ExecutorScheduler(ScheduledExecutorService timer, Clock clock) {
    this.timer = timer;
    this.clock = clock;
  }

  @Override
  public Scheduled at(Instant when, Runnable task) {
    long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis());
    var future = timer.schedule(() -> Thread.ofVirtual().start(task), delay, TimeUnit.MILLISECONDS);
    return () -> future.cancel(false);
  }
}
