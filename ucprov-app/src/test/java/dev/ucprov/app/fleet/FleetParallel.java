package dev.ucprov.app.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** Runs a check for many items, a bounded number at once, within a time limit. */
final class FleetParallel {

  private FleetParallel() {}

  /**
   * Runs {@code check} on every item, at most {@code atOnce} at a time; rethrows the first failure
   * (an assertion error as it is), and fails when all are not done within {@code limit}.
   */
  static <T> void each(List<T> items, Consumer<T> check, int atOnce, Duration limit) {
    Semaphore slots = new Semaphore(atOnce);
    long deadline = System.nanoTime() + limit.toNanos();
    // Not try-with-resources: close() would wait for every check, even after the limit passed.
    var threads = Executors.newVirtualThreadPerTaskExecutor();
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (T item : items) {
        runs.add(
            threads.submit(() -> {
              slots.acquire();
              try {
                check.accept(item);
              } finally {
                slots.release();
              }
              return null;
            }));
      }
      for (Future<?> run : runs) {
        run.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new AssertionError(e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("not done within " + limit, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      threads.shutdownNow();
    }
  }
}
