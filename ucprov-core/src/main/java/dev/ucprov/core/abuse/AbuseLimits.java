package dev.ucprov.core.abuse;

import java.time.Duration;

/**
 * When a source address is slowed or refused.
 *
 * @param window how far back events count
 * @param slowAfter events within the window from which every answer to the address waits {@code
 *     delay} first
 * @param refuseAfter events within the window from which the address is refused for {@code
 *     penalty}; at least {@code slowAfter}
 * @param delay how long a slowed answer waits
 * @param penalty how long a refused address stays refused; its count starts again afterwards
 * @param maxSources how many addresses are tracked at most; past it the least recently active are
 *     forgotten first
 */
public record AbuseLimits(
    Duration window,
    int slowAfter,
    int refuseAfter,
    Duration delay,
    Duration penalty,
    int maxSources) {

  public AbuseLimits {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("abuse window must be positive, got " + window);
    }
    if (slowAfter < 1) {
      throw new IllegalArgumentException("abuse slow-after must be at least 1, got " + slowAfter);
    }
    if (refuseAfter < slowAfter) {
      throw new IllegalArgumentException(
          "abuse refuse-after ("
              + refuseAfter
              + ") must be at least slow-after ("
              + slowAfter
              + ")");
    }
    if (delay.isNegative() || penalty.isNegative()) {
      throw new IllegalArgumentException("abuse delay and penalty must not be negative");
    }
    if (maxSources < 1) {
      throw new IllegalArgumentException("abuse max-sources must be at least 1, got " + maxSources);
    }
  }

  /**
   * Defaults: within 1 minute, slowed by 2 s from 10 events, refused for 10 minutes from 30. A
   * phone booting in a tenant where it is not claimed asks for about six MAC-named files, and a
   * phone with a wrong password fails a few times per boot; an enumeration asks for hundreds.
   */
  public static AbuseLimits defaults() {
    return new AbuseLimits(
        Duration.ofMinutes(1), 10, 30, Duration.ofSeconds(2), Duration.ofMinutes(10), 100_000);
  }
}
