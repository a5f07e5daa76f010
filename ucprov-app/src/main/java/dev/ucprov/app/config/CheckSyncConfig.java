package dev.ucprov.app.config;

import dev.ucprov.core.checksync.JobLimits;
import java.time.Duration;

/**
 * How the server sends check-syncs.
 *
 * @param limits the rate and concurrency of a job that does not give its own, and of automatic jobs
 * @param automatic whether a change that affects devices sends them a check-sync by itself
 * @param delay how long an automatic check-sync waits for more changes, so a burst makes one job
 */
public record CheckSyncConfig(JobLimits limits, boolean automatic, Duration delay) {

  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(10);

  public CheckSyncConfig {
    if (delay.isNegative() || delay.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("the delay must be 0 to 1 hour: " + delay);
    }
  }

  /** 10 a second, 50 at once, no automatic check-sync. */
  public static CheckSyncConfig defaults() {
    return new CheckSyncConfig(JobLimits.standard(), false, DEFAULT_DELAY);
  }
}
