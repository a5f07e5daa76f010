package dev.ucprov.core.testing;

import dev.ucprov.core.checksync.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * A {@link Scheduler} a test drives over a {@link MutableClock}: tasks wait in a queue until {@link
 * #runUntil} moves the clock to each one's instant and runs it on the test's thread. Time passes
 * only here, so what a test measures on the clock is exactly what the code scheduled. Tasks may
 * also be given from other threads (a real notifier completing); they join the queue.
 */
public final class ManualScheduler implements Scheduler {

  private record Task(Instant at, long order, Runnable action) {}

  private final MutableClock clock;
  private final PriorityQueue<Task> queue =
      new PriorityQueue<>((a, b) ->
          a.at().equals(b.at()) ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
  private long given;

  public ManualScheduler(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void at(Instant at, Runnable task) {
    queue.add(new Task(at, given++, task));
  }

  /**
   * Runs every task due up to {@code end}, in order, moving the clock to each; then moves it to
   * {@code end}.
   *
   * @return how many tasks ran
   * @throws IllegalStateException past {@code maxTasks}, so a task that keeps rescheduling itself
   *     at the same instant fails the test instead of hanging it
   */
  public int runUntil(Instant end, int maxTasks) {
    int ran = 0;
    while (true) {
      Task next;
      synchronized (this) {
        next = queue.peek();
        if (next == null || next.at().isAfter(end)) {
          break;
        }
        queue.poll();
      }
      if (next.at().isAfter(clock.instant())) {
        clock.advance(Duration.between(clock.instant(), next.at()));
      }
      next.action().run();
      if (++ran > maxTasks) {
        throw new IllegalStateException("more than " + maxTasks + " tasks ran before " + end);
      }
    }
    if (end.isAfter(clock.instant())) {
      clock.advance(Duration.between(clock.instant(), end));
    }
    return ran;
  }

  /** Tasks waiting. */
  public synchronized int waiting() {
    return queue.size();
  }

  /** When the next task is due, if any. */
  public synchronized Optional<Instant> nextDue() {
    return Optional.ofNullable(queue.peek()).map(Task::at);
  }
}
