package dev.ucprov.store.cache;

import static dev.ucprov.core.contract.ContractFixtures.blobOf;
import static dev.ucprov.core.contract.ContractFixtures.device;
import static dev.ucprov.core.contract.ContractFixtures.id;
import static dev.ucprov.core.contract.ContractFixtures.mac;
import static dev.ucprov.core.contract.ContractFixtures.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.testing.MutableClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Writers and readers of a few keys at once, with the delegate's answers delayed so fills race the
 * writes. The clock stands still, so only invalidation can keep the caches right: once every thread
 * is done, each cached answer must equal the delegate's.
 */
class CachingConcurrencyTest {

  static final int THREADS = 8;
  static final int OPERATIONS = 400;
  static final List<String> MODELS = List.of("VVX_410", "VVX_450", "SSIP_6000");

  final InMemoryStore store = new InMemoryStore();
  final StoreCache cache =
      new StoreCache(
          new CacheSettings(Duration.ofHours(1), 1000),
          new MutableClock(Instant.parse("2026-11-25T10:00:00Z")));
  final CachingDeviceRepository devices =
      new CachingDeviceRepository(slowFinds(DeviceRepository.class, store.devices()), cache);
  final CachingFileRepository files =
      new CachingFileRepository(slowFinds(FileRepository.class, store.files()), cache);

  @Test
  void afterConcurrentPutsAndFindsEveryCachedDeviceEqualsTheStoredOne() throws Exception {
    store.tenants().put(tenant("acme"));

    runOnEveryThread(random -> {
      MacAddress mac = mac(random.nextInt(4));
      switch (random.nextInt(10)) {
        case 0, 1, 2 -> devices.put(device("acme", mac, MODELS.get(random.nextInt(3))));
        case 3 -> devices.delete(id("acme"), mac);
        default -> devices.find(mac);
      }
    });

    for (int i = 0; i < 4; i++) {
      assertThat(devices.find(mac(i))).isEqualTo(store.devices().find(mac(i)));
    }
  }

  @Test
  void aWriterAlwaysReadsItsOwnWriteWhileOthersFillTheCache() throws Exception {
    store.tenants().put(tenant("acme"));

    runOnEveryThread((thread, i, random) -> {
      MacAddress mine = mac(thread);
      if (thread < THREADS / 2) {
        Device written =
            new Device(
                id("acme"),
                mine,
                Optional.empty(),
                Optional.of("v" + i),
                Map.of(),
                Optional.empty());
        devices.put(written);
        assertThat(devices.find(mine)).contains(written);
      } else {
        devices.find(mac(random.nextInt(THREADS / 2)));
      }
    });
  }

  @Test
  void afterConcurrentPutsAndFindsEveryCachedFileEqualsTheStoredOne() throws Exception {
    store.tenants().put(tenant("acme"));
    FileScope acme = FileScope.of(id("acme"));

    runOnEveryThread(random -> {
      FilePath path = new FilePath("f" + random.nextInt(4) + ".cfg");
      switch (random.nextInt(10)) {
        case 0, 1, 2 -> files.put(acme, path, blobOf("b" + random.nextInt(3)), false);
        case 3 -> files.delete(acme, path);
        default -> files.find(acme, path);
      }
    });

    for (int i = 0; i < 4; i++) {
      FilePath path = new FilePath("f" + i + ".cfg");
      assertThat(files.find(acme, path)).isEqualTo(store.files().find(acme, path));
    }
  }

  @Test
  void aFileWriterAlwaysReadsItsOwnWriteWhileOthersFillTheCache() throws Exception {
    store.tenants().put(tenant("acme"));
    FileScope acme = FileScope.of(id("acme"));

    runOnEveryThread((thread, i, random) -> {
      if (thread < THREADS / 2) {
        FilePath mine = new FilePath("f" + thread + ".cfg");
        BlobRef written = blobOf("v" + i);
        files.put(acme, mine, written, false);
        assertThat(files.find(acme, mine).map(found -> found.latest().blob())).contains(written);
      } else {
        files.find(acme, new FilePath("f" + random.nextInt(THREADS / 2) + ".cfg"));
      }
    });
  }

  /** One step of one thread: which thread, which step, its random source. */
  interface Step {
    void run(int thread, int step, ThreadLocalRandom random);
  }

  interface Operation {
    void run(ThreadLocalRandom random);
  }

  private static void runOnEveryThread(Operation operation) throws Exception {
    runOnEveryThread((thread, step, random) -> operation.run(random));
  }

  private static void runOnEveryThread(Step step) throws Exception {
    try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(
            threads.submit(() -> {
              for (int i = 0; i < OPERATIONS; i++) {
                step.run(thread, i, ThreadLocalRandom.current());
              }
            }));
      }
      for (Future<?> each : done) {
        each.get();
      }
    }
  }

  /** Delays every find's answer a little, so a write can land between its read and its fill. */
  private static <T> T slowFinds(Class<T> type, T delegate) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              try {
                Object answer = method.invoke(delegate, args);
                if (method.getName().equals("find")) {
                  LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(200_000));
                }
                return answer;
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
