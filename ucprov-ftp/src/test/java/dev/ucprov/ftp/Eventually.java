package dev.ucprov.ftp;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what a server does after its reply (access log, inventory): bounded, then the caller's
 * assertion reports what was missing.
 */
final class Eventually {

  private Eventually() {}

  static void until(BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
