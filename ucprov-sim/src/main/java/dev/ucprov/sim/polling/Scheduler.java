package dev.ucprov.sim.polling;

import java.time.Instant;

/**
 * Runs a task at an instant. Injected, so tests move time by hand instead of sleeping.
 * Implementations are thread-safe.
 */
public interface Scheduler {

  /** A scheduled task that has not run yet can be called off. */
  interface Scheduled {
    void cancel();
  }

  Scheduled at(Instant when, Runnable task);
}
