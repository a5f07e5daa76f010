package dev.ucprov.store;

import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.tenant;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.provisioning.InventoryRecorder;
import dev.ucprov.core.tenant.TenantId;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What recording phone requests in the inventory costs, against a real H2 file database: the
 * recorder thread's CPU time and allocated bytes per sighting, the H2 background writer's CPU, and
 * the request thread's cost of handing a sighting over ({@link InventoryRecorder#seen}). Per-thread
 * counters ({@code com.sun.management.ThreadMXBean}) hold on a shared, noisy machine where wall
 * times do not. Not a test: run it by hand (docs/benchmarks.md, "Inventory recording"):
 *
 * <pre>
 * bench/inventory-recording.sh [hot|storm|both]
 * </pre>
 *
 * <p>"hot": 1000 devices, each seen 25 times a second, for 20 s (the HTTP benchmark's load).
 * "storm": 10,000 devices booting 256 at a time, 14 requests each, 10,000 requests a second.
 */
public final class InventoryRecordingHarness {

  private static final String APPLICATION =
      "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application";
  private static final String UPDATER =
      "FileTransport PolycomVVX-VVX_410-UA/5.4.1.1234 Type/Updater";
  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private InventoryRecordingHarness() {}

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "both";
    // Each pattern first runs smaller on a database of its own, unreported, so that the measured
    // run finds the code compiled, as a server that has been up for a while would.
    if (which.equals("hot") || which.equals("both")) {
      run(new Pattern("hot", 1000, 25, 5, 0), false);
      run(new Pattern("hot", 1000, 25, 20, 0), true);
    }
    if (which.equals("storm") || which.equals("both")) {
      run(new Pattern("storm", 2_000, 0, 0, 14), false);
      run(new Pattern("storm", 10_000, 0, 0, 14), true);
    }
  }

  /**
   * @param perSecond hot: sightings per device and second
   * @param seconds hot: how long
   * @param boot storm: requests per device
   */
  record Pattern(String name, int devices, int perSecond, int seconds, int boot) {

    int sightings() {
      return boot > 0 ? devices * boot : devices * perSecond * seconds;
    }

    /** Sightings per 10 ms tick. */
    int perTick() {
      return boot > 0 ? 100 : devices * perSecond / 100;
    }

    /** The n-th sighting: hot cycles through the devices; storm boots 256 devices at a time. */
    Sighting sighting(int n, Instant now) {
      int device;
      int step;
      if (boot > 0) {
        int wave = n / (256 * boot);
        int size = Math.min(256, devices - wave * 256);
        int inWave = n - wave * 256 * boot;
        step = inWave / size;
        device = wave * 256 + inWave % size;
      } else {
        device = n % devices;
        step = 5;
      }
      String agent = new String(step < 4 ? UPDATER : APPLICATION);
      MacAddress mac = mac(device);
      return new Sighting(
          new TenantId("bench"),
          Optional.of(mac),
          "192.0.2." + (device % 250 + 1),
          agent,
          new RequestRecord(now, Protocol.HTTP, "GET", mac.value() + "-lines.cfg", 200, 612));
    }
  }

  private static void run(Pattern pattern, boolean reported) throws Exception {
    Path directory = Files.createTempDirectory("ucprov-inventory-harness");
    try (Database database = Database.open(DatabaseSettings.h2File(directory))) {
      new JdbcTenantRepository(database).put(tenant("bench"));
      JdbcDeviceRepository devices = new JdbcDeviceRepository(database);
      for (int i = 0; i < pattern.devices(); i++) {
        devices.put(device("bench", mac(i)));
      }
      JdbcDeviceInventory inventory = new JdbcDeviceInventory(database);
      try (InventoryRecorder recorder =
          InventoryRecorder.standard(inventory, e -> e.printStackTrace())) {
        Thread drainer = thread("ucprov-inventory");
        long cpuBefore = THREADS.getThreadCpuTime(drainer.threadId());
        long bytesBefore = THREADS.getThreadAllocatedBytes(drainer.threadId());
        long h2Before = h2Cpu();
        Producer producer = produce(pattern, recorder);
        awaitWritten(inventory, producer.last);
        long cpu = THREADS.getThreadCpuTime(drainer.threadId()) - cpuBefore;
        long bytes = THREADS.getThreadAllocatedBytes(drainer.threadId()) - bytesBefore;
        long h2 = h2Cpu() - h2Before;
        if (reported) {
          report(pattern, producer, cpu, bytes, h2, recorder, inventory);
        }
      }
    } finally {
      delete(directory);
    }
  }

  /** What handing the sightings over cost the producing (request) thread. */
  private static final class Producer {
    long cpu;
    long bytes;
    int maxQueue;
    Sighting last;
  }

  private static Producer produce(Pattern pattern, InventoryRecorder recorder) {
    Producer producer = new Producer();
    Sighting[] tick = new Sighting[pattern.perTick()];
    long start = System.nanoTime();
    long me = Thread.currentThread().threadId();
    int total = pattern.sightings();
    for (int n = 0, ticks = 0; n < total; ticks++) {
      int count = Math.min(tick.length, total - n);
      Instant now = Instant.now();
      for (int i = 0; i < count; i++) {
        tick[i] = pattern.sighting(n + i, now);
      }
      long cpu = THREADS.getCurrentThreadCpuTime();
      long bytes = THREADS.getThreadAllocatedBytes(me);
      for (int i = 0; i < count; i++) {
        recorder.seen(tick[i]);
      }
      producer.cpu += THREADS.getCurrentThreadCpuTime() - cpu;
      producer.bytes += THREADS.getThreadAllocatedBytes(me) - bytes;
      producer.last = tick[count - 1];
      producer.maxQueue = Math.max(producer.maxQueue, recorder.queueDepth());
      n += count;
      long wait = start + (ticks + 1) * TICK_NANOS - System.nanoTime();
      if (wait > 0) {
        sleep(wait);
      }
    }
    return producer;
  }

  /** Waits, at most a minute, until the last sighting shows in the inventory. */
  private static void awaitWritten(JdbcDeviceInventory inventory, Sighting last) {
    Instant seen = SqlValues.stored(last.request().time());
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      Optional<DeviceStatus> status = inventory.status(last.mac().orElseThrow());
      if (status.isPresent() && !status.get().lastSeen().isBefore(seen)) {
        return;
      }
      sleep(TimeUnit.MILLISECONDS.toNanos(20));
    }
    throw new IllegalStateException("the last sighting was not written within a minute");
  }

  private static void report(
      Pattern pattern,
      Producer producer,
      long cpu,
      long bytes,
      long h2,
      InventoryRecorder recorder,
      JdbcDeviceInventory inventory) {
    // Per sighting recorded: a dropped one costs the recorder nothing.
    double n = pattern.sightings() - recorder.dropped();
    DeviceStatus sample = inventory.status(mac(pattern.devices() - 1)).orElseThrow();
    System.out.printf(
        "%-5s sightings %,d | recorder thread: %,.0f ns CPU, %,.0f bytes per sighting"
            + " | H2 background: %,.0f ns CPU per sighting | seen(): %,.0f ns CPU, %,.1f bytes"
            + " per call (all per sighting recorded) | max queue %,d, dropped %,d, failed batches %d | last device shows %d"
            + " requests%n",
        pattern.name(),
        pattern.sightings(),
        cpu / n,
        bytes / n,
        h2 / n,
        producer.cpu / n,
        producer.bytes / n,
        producer.maxQueue,
        recorder.dropped(),
        recorder.failedBatches(),
        sample.recentRequests().size());
  }

  /** CPU time of H2's own threads (the MVStore background writer). */
  private static long h2Cpu() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().contains("MVStore"))
        .mapToLong(thread -> Math.max(0, THREADS.getThreadCpuTime(thread.threadId())))
        .sum();
  }

  private static Thread thread(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no thread " + name));
  }

  private static void sleep(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
