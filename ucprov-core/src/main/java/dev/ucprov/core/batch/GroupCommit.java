package dev.ucprov.core.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs a batch step for items submitted concurrently, several at a time: items that arrive while a
 * batch runs wait in a queue, and the next batch takes them all (up to a maximum). No timer and no
 * thread of its own: the caller that finds no batch running runs its item at once, alone (a lone
 * caller waits for nothing but its own step), and the first caller left waiting when a batch ends
 * runs the next one. Every caller returns only once the batch holding its item has run, with its
 * own result.
 *
 * <p>The step answers one result per item, in order. When it throws, every item of the batch fails
 * with what it threw; a step that must not fail its neighbours answers failures as results.
 * Thread-safe.
 *
 * @param <I> what callers submit
 * @param <O> what the step answers for each
 */
public final class GroupCommit<I, O> {

  private final int maxBatch;
  private final Function<List<I>, List<O>> step;
  private final ReentrantLock lock = new ReentrantLock();
  // Guarded by lock. Invariant: the queue is empty whenever no batch is running.
  private final ArrayDeque<Waiting<I, O>> queue = new ArrayDeque<>();
  private boolean running;

  /**
   * @param maxBatch the most items one run of the step takes: bounds how long a batch holds what
   *     the step locks
   * @param step runs a batch; answers one result per item, in the same order
   */
  public GroupCommit(int maxBatch, Function<List<I>, List<O>> step) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("a batch holds at least one item, not " + maxBatch);
    }
    this.maxBatch = maxBatch;
    this.step = step;
  }

  /**
   * Runs {@code item} in a batch and answers its result, or throws what the batch's step threw.
   * Waits without being interruptible: a caller handed the next batch must not leave it stranded.
   */
  public O submit(I item) {
    Waiting<I, O> self = new Waiting<>(item);
    boolean leads;
    lock.lock();
    try {
      queue.add(self);
      leads = !running;
      running = true;
    } finally {
      lock.unlock();
    }
    if (!leads) {
      // Either another caller's batch holds this item, or this caller is handed the next batch.
      CompletableFuture.anyOf(self.turn, self.result).exceptionally(e -> null).join();
    }
    if (!self.result.isDone()) {
      runNextBatch();
    }
    return outcome(self);
  }

  /** Items waiting for a batch (not counting the batch running). */
  public int waiting() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  private static <O> O outcome(Waiting<?, O> waiting) {
    try {
      return waiting.result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Runs the batch at the head of the queue (the caller's own item is its first: a caller leads
   * only when its item is at the head), then hands the next batch to the first caller still
   * waiting, or ends the run.
   */
  private void runNextBatch() {
    List<Waiting<I, O>> batch = new ArrayList<>();
    lock.lock();
    try {
      while (!queue.isEmpty() && batch.size() < maxBatch) {
        batch.add(queue.poll());
      }
    } finally {
      lock.unlock();
    }
    try {
      List<O> results = step.apply(batch.stream().map(Waiting::item).toList());
      if (results.size() != batch.size()) {
        throw new IllegalStateException(
            "the step answered " + results.size() + " results for " + batch.size() + " items");
      }
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).result.complete(results.get(i));
      }
    } catch (RuntimeException | Error e) {
      batch.forEach(waiting -> waiting.result.completeExceptionally(e));
    } finally {
      handOver();
    }
  }

  private void handOver() {
    lock.lock();
    try {
      Waiting<I, O> next = queue.peek();
      if (next == null) {
        running = false;
      } else {
        next.turn.complete(Turn.LEAD);
      }
    } finally {
      lock.unlock();
    }
  }

  private enum Turn {
    LEAD
  }

  /**
   * An item in the queue. {@code turn} completes when its caller is to run the next batch; {@code
   * result} when its batch has run.
   */
  private record Waiting<I, O>(I item, CompletableFuture<Turn> turn, CompletableFuture<O> result) {
    Waiting(I item) {
      this(item, new CompletableFuture<>(), new CompletableFuture<>());
    }
  }
}
