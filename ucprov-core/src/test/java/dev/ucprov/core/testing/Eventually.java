package dev.ucprov.core.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what happens after a call returns (an access line, a sighting, a caller queued behind a
 * batch): bounded, then the caller's assertion reports what was missing.
 */
public final class Eventually {

  private Eventually() {}

  /** Polls {@code condition} until it holds or {@code timeout} passes; answers whether it held. */
  public static boolean until(BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return condition.getAsBoolean();
      }
    }
    return true;
  }
}
