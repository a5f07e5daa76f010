package dev.ucprov.core.checksync;

/**
 * How fast a job may go.
 *
 * @param rate check-syncs started per second, at most; fractions allowed (0.5 is one every 2 s)
 * @param concurrency check-syncs awaiting their outcome at once, at most
 */
public record JobLimits(double rate, int concurrency) {

  public static final double MAX_RATE = 1000;
  public static final int MAX_CONCURRENCY = 1000;

  public JobLimits {
    if (!(rate > 0 && rate <= MAX_RATE)) {
      throw new IllegalArgumentException(
          "rate must be above 0 and at most " + MAX_RATE + ": " + rate);
    }
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException(
          "concurrency must be 1.." + MAX_CONCURRENCY + ": " + concurrency);
    }
  }

  /** Ten a second, fifty at once: gentle on a SIP platform, and slow phones do not stall it. */
  public static JobLimits standard() {
    return new JobLimits(10, 50);
  }
}
