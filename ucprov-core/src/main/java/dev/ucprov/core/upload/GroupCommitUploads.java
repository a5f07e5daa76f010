package dev.ucprov.core.upload;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit of concurrent appends: appends that arrive while a batch is being stored wait in a
 * queue, and the next batch stores them all with one {@link UploadRepository#appendAll} (one
 * transaction, one commit). No timer and no thread of its own: the caller that finds no batch
 * running stores its append at once (a lone phone waits for nothing but its own commit), and the
 * first caller left waiting when a batch ends stores the next one. Every caller returns only once
 * the batch holding its append has committed, so an acknowledged upload is durable as before.
 *
 * <p>When a batch fails as a whole, its appends are retried one by one, so one bad append fails
 * only its own caller. Reads go straight to the repository. Thread-safe.
 */
public final class GroupCommitUploads implements UploadRepository {

  /** The most appends one transaction stores: bounds its statements and how long it holds locks. */
  public static final int MAX_BATCH = 64;

  private final UploadRepository repository;
  private final ReentrantLock lock = new ReentrantLock();
  // Guarded by lock. Invariant: the queue is empty whenever no batch is running.
  private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
  private boolean running;
  private final LongAdder batches = new LongAdder();

  public GroupCommitUploads(UploadRepository repository) {
    this.repository = repository;
  }

  @Override
  public UploadVersion append(
      TenantId tenant, UploadName name, NewUpload upload, Retention retention) {
    Waiting self = new Waiting(new Append(tenant, name, upload, retention));
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
      // Either another caller's batch stores this append, or this caller is handed the next one.
      CompletableFuture.anyOf(self.turn, self.result).exceptionally(e -> null).join();
    }
    if (!self.result.isDone()) {
      storeNextBatch();
    }
    return outcome(self).versionOrThrow();
  }

  private static Appended outcome(Waiting waiting) {
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

  /** Appends waiting for a batch to store them (not counting the batch being stored). */
  public int waiting() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  /** Batches stored since this was made, for measurements: fewer than appends under load. */
  public long batches() {
    return batches.sum();
  }

  /**
   * Stores the batch at the head of the queue (the caller's own append is its first), then hands
   * the next batch to the first caller still waiting, or ends the run.
   */
  private void storeNextBatch() {
    List<Waiting> batch = new ArrayList<>();
    lock.lock();
    try {
      while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
        batch.add(queue.poll());
      }
    } finally {
      lock.unlock();
    }
    try {
      store(batch);
    } catch (RuntimeException | Error e) {
      batch.forEach(waiting -> waiting.result.completeExceptionally(e));
      throw e;
    } finally {
      handOver();
    }
  }

  private void store(List<Waiting> batch) {
    batches.increment();
    List<Appended> results;
    try {
      results = repository.appendAll(batch.stream().map(Waiting::append).toList());
    } catch (RuntimeException batchFailed) {
      batch.forEach(this::storeAlone);
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).result.complete(results.get(i));
    }
  }

  private void storeAlone(Waiting waiting) {
    batches.increment();
    try {
      waiting.result.complete(repository.appendAll(List.of(waiting.append())).getFirst());
    } catch (RuntimeException e) {
      waiting.result.completeExceptionally(e);
    }
  }

  private void handOver() {
    lock.lock();
    try {
      Waiting next = queue.peek();
      if (next == null) {
        running = false;
      } else {
        next.turn.complete(Turn.LEAD);
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<Appended> appendAll(List<Append> appends) {
    return repository.appendAll(appends);
  }

  @Override
  public Optional<UploadVersion> latest(TenantId tenant, UploadName name) {
    return repository.latest(tenant, name);
  }

  @Override
  public List<UploadVersion> versions(TenantId tenant, UploadName name) {
    return repository.versions(tenant, name);
  }

  @Override
  public Optional<UploadVersion> version(TenantId tenant, UploadName name, int version) {
    return repository.version(tenant, name, version);
  }

  @Override
  public List<UploadedFile> files(TenantId tenant, MacAddress mac) {
    return repository.files(tenant, mac);
  }

  private enum Turn {
    LEAD
  }

  /**
   * An append in the queue. {@code turn} completes when its caller is to store the next batch;
   * {@code result} when its batch is stored. Both are awaited with {@code join}, which an interrupt
   * does not end: a caller that left would strand the batch handed to it.
   */
  private record Waiting(
      Append append, CompletableFuture<Turn> turn, CompletableFuture<Appended> result) {
    Waiting(Append append) {
      this(append, new CompletableFuture<>(), new CompletableFuture<>());
    }
  }
}
