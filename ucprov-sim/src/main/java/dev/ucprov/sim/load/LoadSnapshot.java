package dev.ucprov.sim.load;

import java.time.Duration;

/**
 * A load test in progress, for a progress bar.
 *
 * @param phones asked for
 * @param started phones started so far
 * @param completed boots ended without error
 * @param errors phones counted as errors so far (cut and never started ones only at the end)
 * @param requests requests made by the boots that ended
 * @param elapsed since the first start
 */
public record LoadSnapshot(
    int phones, long started, long completed, long errors, long requests, Duration elapsed) {

  /** Phones whose boot has ended, either way. */
  public long done() {
    return completed + errors;
  }

  public long inFlight() {
    return Math.max(0, started - done());
  }
}
