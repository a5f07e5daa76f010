package dev.ucprov.core.checksync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The server's {@link Scheduler}: one thread that runs every job's steps in turn, at the clock's
 * instants. A task that throws is reported and does not stop the others. Thread-safe.
 */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {

  private final ScheduledExecutorService executor;
  private final Clock clock;
  private final Consumer<RuntimeException> failures;

  /**
   * @param failures told of a task that threw (a database down, a bug), for the log
   */
  public ExecutorScheduler(Clock clock, Consumer<RuntimeException> failures) {
    this.clock = clock;
    this.failures = failures;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ucprov-check-sync-jobs").daemon(true).factory());
  }

  @Override
  public void at(Instant at, Runnable task) {
    long delay = Math.max(0, Duration.between(clock.instant(), at).toNanos());
    try {
      executor.schedule(() -> run(task), delay, TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      // closing: what was asked for after close is not run, like everything still queued
    }
  }

  private void run(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      failures.accept(e);
    }
  }

  /** Drops queued tasks and waits up to five seconds for the running one. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
