package dev.ucprov.core.abuse;

import java.time.Duration;

/**
 * The recent events of one source address: a ring of at most {@code refuseAfter} event times,
 * oldest first, and when a refusal ends. Thread-safe by its monitor.
 */
final class SourceHistory {

  private final long[] times;
  private int oldest;
  private int count;
  private long refusedUntil;
  private volatile long lastEvent;

  SourceHistory(int capacity) {
    this.times = new long[capacity];
  }

  synchronized void add(long now, AbuseLimits limits) {
    forgetBefore(now - limits.window().toMillis());
    times[(oldest + count) % times.length] = now;
    if (count < times.length) {
      count++;
    } else {
      oldest = (oldest + 1) % times.length;
    }
    lastEvent = now;
    if (count >= limits.refuseAfter()) {
      refusedUntil = now + limits.penalty().toMillis();
      count = 0;
    }
  }

  synchronized Admission admission(long now, AbuseLimits limits) {
    if (now < refusedUntil) {
      return new Admission.Refused(Duration.ofMillis(refusedUntil - now));
    }
    forgetBefore(now - limits.window().toMillis());
    return count >= limits.slowAfter()
        ? new Admission.Slowed(limits.delay())
        : Admission.admitted();
  }

  /** Nothing to count any more and no refusal running: the address may be forgotten. */
  synchronized boolean idle(long now, AbuseLimits limits) {
    forgetBefore(now - limits.window().toMillis());
    return count == 0 && now >= refusedUntil;
  }

  long lastEvent() {
    return lastEvent;
  }

  private void forgetBefore(long cutoff) {
    while (count > 0 && times[oldest] <= cutoff) {
      oldest = (oldest + 1) % times.length;
      count--;
    }
  }
}
