package dev.ucprov.core.checksync;

import java.time.Instant;

/**
 * Runs tasks at given instants of the clock the jobs use: a scheduled executor in the server, a
 * hand-driven queue over a test clock in tests, so that rates and debouncing are measured on the
 * test's clock.
 *
 * <p>Contract: a task runs once, at or soon after {@code at} (at once when {@code at} is past),
 * never on the calling thread; tasks due at the same instant run in the order they were given.
 */
public interface Scheduler {

  void at(Instant at, Runnable task);
}
