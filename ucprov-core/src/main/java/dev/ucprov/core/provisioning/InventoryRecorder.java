package dev.ucprov.core.provisioning;

import dev.ucprov.core.inventory.ActivityBatch;
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
 * background thread drains it every few milliseconds, folding each sighting at once into the
 * device's activity ({@link ActivityBatch}), so a second of traffic is held as a few compact
 * objects per device rather than as every request's objects. A batch goes to {@link
 * DeviceInventory#record(ActivityBatch)} once it holds {@code maxBatch} sightings or {@code
 * maxDelay} after its first; a busy batch, one holding {@code busySightings} by then, is gathered
 * on until {@code busyDelay} after its first (ADR 0021): writing costs mostly per device, so a
 * longer batch of the same devices costs little more than a short one, and each device shows only
 * its newest requests. A boot storm thus costs one transaction per batch. When the queue is full a
 * sighting is dropped and counted: a lost "last seen" is better than a stalled phone.
 *
 * <p>Thread-safe. A batch the inventory refuses (an exception) goes to the failure handler and the
 * recorder carries on. {@link #close} stops taking sightings, writes what is queued and waits for
 * the thread; a sighting offered while it closes may be left unwritten.
 */
public final class InventoryRecorder implements SightingSink, AutoCloseable {

  public static final int DEFAULT_CAPACITY = 50_000;

  /**
   * A batch spans a second of traffic, ten when busy (ADR 0014, ADR 0021): it is folded per device
   * as it is gathered, so a phone that asked for ten files costs one write, not ten, and a folded
   * sighting holds little memory (its request's fields in the device's ring of newest requests, at
   * most a hundred). What a crash can lose is what was queued and gathered: at most about a delay's
   * worth.
   */
  public static final int DEFAULT_BATCH = 250_000;

  /**
   * A batch is written once it holds this many devices, whatever its delay: what it holds grows
   * with its devices (a few hundred bytes each), so this bounds its memory along with {@code
   * maxBatch}.
   */
  public static final int MAX_DEVICES = 20_000;

  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

  /** How long a busy batch is gathered: phones then show in the inventory up to this late. */
  public static final Duration DEFAULT_BUSY_DELAY = Duration.ofSeconds(10);

  /** A batch holding this many sightings after {@link #DEFAULT_DELAY} is busy. */
  public static final int DEFAULT_BUSY_SIGHTINGS = 5_000;

  /** How long the idle thread waits before looking whether it was closed. */
  private static final long IDLE_POLL_MILLIS = 50;

  /** How long a batch being filled sleeps before it takes what was queued meanwhile. */
  private static final long FILL_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  /** Sightings taken off the queue at once, then folded into the batch. */
  private static final int TAKE = 1024;

  private final DeviceInventory inventory;
  private final BlockingQueue<Sighting> queue;
  private final int maxBatch;
  private final long maxDelayNanos;
  private final long busyDelayNanos;
  private final int busySightings;
  private final Consumer<RuntimeException> failures;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failedBatches = new AtomicLong();
  private final Thread drainer;
  private volatile boolean open = true;

  /**
   * A recorder that writes every batch {@code maxDelay} after its first sighting, busy or not.
   *
   * @param failures told of every batch the inventory could not record (the app logs it)
   */
  public InventoryRecorder(
      DeviceInventory inventory,
      int capacity,
      int maxBatch,
      Duration maxDelay,
      Consumer<RuntimeException> failures) {
    this(inventory, capacity, maxBatch, maxDelay, maxDelay, maxBatch, failures);
  }

  /**
   * @param busyDelay how long after its first sighting a busy batch is written, at least {@code
   *     maxDelay}
   * @param busySightings the sightings that make a batch busy once {@code maxDelay} is up
   * @param failures told of every batch the inventory could not record (the app logs it)
   */
  public InventoryRecorder(
      DeviceInventory inventory,
      int capacity,
      int maxBatch,
      Duration maxDelay,
      Duration busyDelay,
      int busySightings,
      Consumer<RuntimeException> failures) {
    if (capacity < 1
        || maxBatch < 1
        || busySightings < 1
        || maxDelay.isNegative()
        || busyDelay.compareTo(maxDelay) < 0) {
      throw new IllegalArgumentException(
          "capacity, batch and busy sightings must be positive, delay not negative, busy delay"
              + " at least the delay: "
              + capacity
              + ", "
              + maxBatch
              + ", "
              + busySightings
              + ", "
              + maxDelay
              + ", "
              + busyDelay);
    }
    this.inventory = inventory;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.maxBatch = maxBatch;
    this.maxDelayNanos = maxDelay.toNanos();
    this.busyDelayNanos = busyDelay.toNanos();
    this.busySightings = busySightings;
    this.failures = failures;
    this.drainer = Thread.ofPlatform().name("ucprov-inventory").daemon().start(this::drain);
  }

  /** A recorder with the default capacity, batch size and delays. */
  public static InventoryRecorder standard(
      DeviceInventory inventory, Consumer<RuntimeException> failures) {
    return new InventoryRecorder(
        inventory,
        DEFAULT_CAPACITY,
        DEFAULT_BATCH,
        DEFAULT_DELAY,
        DEFAULT_BUSY_DELAY,
        DEFAULT_BUSY_SIGHTINGS,
        failures);
  }

  @Override
  public void seen(Sighting sighting) {
    if (!open || !queue.offer(sighting)) {
      dropped.incrementAndGet();
    }
  }

  /**
   * Sightings queued, not yet taken into a batch. Those folded into the batch being gathered are at
   * most {@code maxBatch} and held compactly per device.
   */
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
    List<Sighting> taken = new ArrayList<>(TAKE);
    while (open || !queue.isEmpty()) {
      ActivityBatch batch = new ActivityBatch();
      try {
        collect(batch, taken);
      } catch (InterruptedException e) {
        // nobody interrupts this thread; write what was collected and carry on
      }
      write(batch);
    }
  }

  /**
   * Waits a little for a first sighting, then folds what is queued into the batch until it holds
   * {@code maxBatch} sightings or the delay is up, the busy delay for a busy batch. Sightings are
   * folded as they are taken, every few milliseconds, so none is kept for the whole delay.
   */
  private void collect(ActivityBatch batch, List<Sighting> taken) throws InterruptedException {
    Sighting first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
    if (first == null) {
      return;
    }
    batch.add(first);
    long start = System.nanoTime();
    long deadline = start + maxDelayNanos;
    while (batch.sightings() < maxBatch) {
      int took = queue.drainTo(taken, Math.min(TAKE, maxBatch - batch.sightings()));
      taken.forEach(batch::add);
      taken.clear();
      long left = deadline - System.nanoTime();
      if (left <= 0 && batch.sightings() >= busySightings && deadline < start + busyDelayNanos) {
        deadline = start + busyDelayNanos;
        left = deadline - System.nanoTime();
      }
      if (batch.sightings() >= maxBatch || batch.devices() >= MAX_DEVICES || left <= 0 || !open) {
        return;
      }
      if (took < TAKE) {
        // Sleeps in short slices, never the whole delay at once: close() does not interrupt this
        // thread, so it must notice the recorder closing by itself. A sleep, not a poll: waiting
        // on the queue would wake this thread for every sighting offered, a thread switch per
        // request.
        TimeUnit.NANOSECONDS.sleep(Math.min(left, FILL_SLICE_NANOS));
      }
    }
  }

  private void write(ActivityBatch batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      inventory.record(batch);
    } catch (RuntimeException e) {
      failedBatches.incrementAndGet();
      failures.accept(e);
    }
  }
}
