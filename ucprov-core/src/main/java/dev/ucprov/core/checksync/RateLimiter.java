package dev.ucprov.core.checksync;

import java.time.Duration;
import java.time.Instant;

/**
 * Spaces starts {@code 1/rate} apart on a fixed grid: start {@code n+1} is allowed no earlier than
 * start {@code n}'s slot plus one interval. A start the scheduler runs a little late keeps its slot
 * (up to a quarter interval), so lateness does not slow the job down; a start that is later than
 * that (the job was waiting for a free place) moves the grid. So at most {@code rate} starts fall
 * in any second, give or take one. Not thread-safe: one per job, used under the job's lock.
 */
final class RateLimiter {

  private final Duration interval;
  private final Duration slack;
  private Instant slot;

  RateLimiter(double perSecond) {
    long nanos = Math.max(1, Math.round(1_000_000_000 / perSecond));
    this.interval = Duration.ofNanos(nanos);
    this.slack = Duration.ofNanos(nanos / 4);
  }

  /** The earliest instant the next start may happen: {@code now} when it may happen now. */
  Instant next(Instant now) {
    return slot == null || !slot.isAfter(now) ? now : slot;
  }

  /** Records a start at {@code now}, which must not be before {@link #next}. */
  void started(Instant now) {
    Instant due = slot == null ? now : slot;
    Instant kept = due.isBefore(now.minus(slack)) ? now : due;
    slot = kept.plus(interval);
  }
}
