package dev.ucprov.core.provisioning;

import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.Sighting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Takes sightings off the request path: {@link #seen} only offers to a bounded queue, and one
 * background thread drains it into {@link DeviceInventory#record} in batches of at most {@code
 * maxBatch}, written as soon as a batch is full or {@code maxDelay} after its first sighting. A
 * boot storm thus costs one transaction per batch. When the queue is full a sighting is dropped and
 * counted: a lost "last seen" is better than a stalled phone.
 *
 * <p>Thread-safe. A batch the inventory refuses (an exception) goes to the failure handler and the
 * recorder carries on. {@link #close} stops taking sightings, writes what is queued and waits for
 * the thread; a sighting offered while it closes may be left unwritten.
 */
public final class InventoryRecorder implements SightingSink, AutoCloseable {

  public static final int DEFAULT_CAPACITY = 50_000;

  /**
   * A batch spans up to a second of traffic (ADR 0014): the inventory folds it per device, so a
   * phone that asked for ten files in that second costs one write, not ten. What a crash can lose
   * is what was queued: at most about this delay's worth of sightings.
   */
  public static final int DEFAULT_BATCH = 20_000;

  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

  /** How long the idle thread waits before looking whether it was closed. */
  private static final long IDLE_POLL_MILLIS = 50;

  /** How long a batch being filled sleeps before it takes what was queued meanwhile. */
  private static final long FILL_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final DeviceInventory inventory;
  private final BlockingQueue<Sighting> queue;
  private final int maxBatch;
  private final long maxDelayNanos;
  private final Consumer<RuntimeException> failures;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failedBatches = new AtomicLong();
  private final Thread drainer;
  private volatile boolean open = true;

  /**
   * @param failures told of every batch the inventory could not record (the app logs it)
   */
  public InventoryRecorder(
      DeviceInventory inventory,
      int capacity,
      int maxBatch,
      Duration maxDelay,
      Consumer<RuntimeException> failures) {
    if (capacity < 1 || maxBatch < 1 || maxDelay.isNegative()) {
      throw new IllegalArgumentException(
          "capacity and batch must be positive, delay not negative: "
              + capacity
              + ", "
              + maxBatch
              + ", "
              + maxDelay);
    }
    this.inventory = inventory;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.maxBatch = maxBatch;
    this.maxDelayNanos = maxDelay.toNanos();
    this.failures = failures;
    this.drainer = Thread.ofPlatform().name("ucprov-inventory").daemon().start(this::drain);
  }

  /** A recorder with the default capacity, batch size and delay. */
  public static InventoryRecorder standard(
      DeviceInventory inventory, Consumer<RuntimeException> failures) {
    return new InventoryRecorder(
        inventory, DEFAULT_CAPACITY, DEFAULT_BATCH, DEFAULT_DELAY, failures);
  }

  @Override
  public void seen(Sighting sighting) {
    if (!open || !queue.offer(sighting)) {
      dropped.incrementAndGet();
    }
  }

  /** Sightings waiting to be written. */
  public int queueDepth() {
    return queue.size();
  }

  /** Sightings dropped because the queue was full or the recorder closed. */
  public long dropped() {
    return dropped.get();
  }

  /** Batches the inventory refused. */
  public long failedBatches() {
    return failedBatches.get();
  }

  @Override
  public void close() {
    open = false;
    try {
      drainer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Never interrupted on purpose: an interrupt during {@code record} could close a database file
   * channel under the inventory. The thread polls instead and leaves once closed and empty.
   */
  private void drain() {
    List<Sighting> batch = new ArrayList<>(maxBatch);
    while (open || !queue.isEmpty()) {
      try {
        collect(batch);
      } catch (InterruptedException e) {
        // nobody interrupts this thread; write what was collected and carry on
      }
      write(batch);
    }
  }

  /** Waits a little for a first sighting, then fills the batch until full or the delay is up. */
  private void collect(List<Sighting> batch) throws InterruptedException {
    Sighting first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
    if (first == null) {
      return;
    }
    batch.add(first);
    long deadline = System.nanoTime() + maxDelayNanos;
    while (batch.size() < maxBatch) {
      queue.drainTo(batch, maxBatch - batch.size());
      long left = deadline - System.nanoTime();
      if (batch.size() >= maxBatch || left <= 0 || !open) {
        return;
      }
      // Sleeps in short slices, never the whole delay at once: close() does not interrupt this
      // thread, so it must notice the recorder closing by itself. A sleep, not a poll: waiting on
      // the queue would wake this thread for every sighting offered, a thread switch per request.
      TimeUnit.NANOSECONDS.sleep(Math.min(left, FILL_SLICE_NANOS));
    }
  }

  private void write(List<Sighting> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      inventory.record(List.copyOf(batch));
    } catch (RuntimeException e) {
      failedBatches.incrementAndGet();
      failures.accept(e);
    } finally {
      batch.clear();
    }
  }
}
