package dev.ucprov.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.core.access.Proof;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.provisioning.FileRequest;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.RenderCache;
import dev.ucprov.core.provisioning.ServedFiles;
import dev.ucprov.core.provisioning.ServerUrls;
import dev.ucprov.core.provisioning.SightingSink;
import dev.ucprov.core.provisioning.UploadAdmission;
import dev.ucprov.core.provisioning.UploadReply;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.upload.UploadLimits;
import dev.ucprov.template.PebbleTemplateRenderer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Phone log uploads through {@link Uploads} (admit, then store: validation, blob, repository)
 * against the store {@code ucprov serve} opens on embedded defaults (H2 file database, {@code
 * WRITE_DELAY=0}, blob files), with many uploaders at once: uploads per second, the process's CPU
 * per upload (every thread), database commits per upload. docs/benchmarks.md, "Phone uploads in the
 * store". Not part of the build: it runs only when asked for.
 *
 * <pre>
 * ./mvnw -q -B -o -pl ucprov-app -am test -Dtest=UploadStormBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Ducprov.bench.uploads=10000,64
 * </pre>
 *
 * <p>Phases: a warm-up on devices of their own; the storm, each of the devices storing its first
 * {@code -boot.log} of about 2 KB; a second boot of the first fifth of the devices (their file
 * exists, the log cap has versions to count).
 */
class UploadStormBenchmark {

  private static final TenantId STORM = new TenantId("storm");
  private static final int LOG_BYTES = 2048;

  @Test
  @EnabledIfSystemProperty(named = "ucprov.bench.uploads", matches = "\\d+(,\\d+)?")
  void uploadStorm() throws Exception {
    String[] args = System.getProperty("ucprov.bench.uploads").split(",");
    int devices = Integer.parseInt(args[0]);
    int uploaders = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    List<Phase> phases = run(devices, uploaders);
    phases.forEach(phase -> System.out.println(phase.report()));
    assertThat(phases).allSatisfy(phase -> assertThat(phase.failures()).isZero());
  }

  static List<Phase> run(int devices, int uploaders) throws Exception {
    Path data = Files.createTempDirectory("ucprov-upload-storm");
    ServerConfig defaults = ServerConfig.defaults();
    ServerConfig config =
        new ServerConfig(
            data, defaults.http(), defaults.admin(), Optional.empty(), Optional.empty());
    int warmUp = Math.max(1, devices / 10);
    try (Store store = Store.open(config, Clock.systemUTC())) {
      store.tenants().put(new Tenant(STORM, "Storm", List.of(), Optional.empty(), Map.of()));
      for (int i = 0; i < devices + warmUp; i++) {
        store
            .devices()
            .put(
                new Device(
                    STORM, mac(i), Optional.empty(), Optional.empty(), Map.of(), Optional.empty()));
      }
      Uploads uploads = uploads(store);
      Phase warm = measure("warm-up", store, uploads, devices, warmUp, uploaders);
      Phase storm = measure("storm, first boot", store, uploads, 0, devices, uploaders);
      Phase again = measure("second boot", store, uploads, 0, devices / 5, uploaders);
      return List.of(warm, storm, again);
    }
  }

  private static Uploads uploads(Store store) {
    Clock clock = Clock.systemUTC();
    ServedFiles served =
        new ServedFiles(
            store.devices(),
            store.files(),
            store.uploads(),
            store.blobs(),
            new PebbleTemplateRenderer(),
            RenderCache.standard(),
            new ServerUrls("http://prov.example", ""),
            clock);
    ProvisioningService service =
        new ProvisioningService(store.tenants(), served, SightingSink.discard(), clock);
    return new Uploads(
        service,
        store.tenants(),
        store.devices(),
        store.uploads(),
        store.blobs(),
        UploadLimits.defaults(),
        SightingSink.discard(),
        clock);
  }

  private static Phase measure(
      String name, Store store, Uploads uploads, int first, int count, int uploaders)
      throws Exception {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    AtomicInteger next = new AtomicInteger(first);
    AtomicLong failures = new AtomicLong();
    long[] latencies = new long[count];
    long commitsBefore = store.database().commits();
    long statementsBefore = store.database().statements();
    long cpuBefore = os.getProcessCpuTime();
    long start = System.nanoTime();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Object>> running =
          java.util.stream.IntStream.range(0, uploaders)
              .mapToObj(u ->
                  threads.submit(() -> {
                    for (int i = next.getAndIncrement();
                        i < first + count;
                        i = next.getAndIncrement()) {
                      long began = System.nanoTime();
                      if (!upload(uploads, i)) {
                        failures.incrementAndGet();
                      }
                      latencies[i - first] = System.nanoTime() - began;
                    }
                    return null;
                  }))
              .toList();
      for (Future<Object> uploader : running) {
        uploader.get(10, TimeUnit.MINUTES);
      }
    }
    long elapsed = System.nanoTime() - start;
    long cpu = os.getProcessCpuTime() - cpuBefore;
    long commits = store.database().commits() - commitsBefore;
    long statements = store.database().statements() - statementsBefore;
    Arrays.sort(latencies);
    return new Phase(
        name,
        count,
        uploaders,
        Duration.ofNanos(elapsed),
        cpu,
        commits,
        statements,
        latencies[count / 2],
        latencies[Math.min(count - 1, count * 99 / 100)],
        failures.get());
  }

  private static boolean upload(Uploads uploads, int device) throws IOException {
    String path = mac(device).value() + "-boot.log";
    FileRequest request =
        new FileRequest(
            Protocol.HTTP, Optional.empty(), "storm/" + path, "192.0.2.10", "bench", Proof.none());
    if (!(uploads.admit(request, "PUT") instanceof UploadAdmission.Admitted admitted)) {
      return false;
    }
    return uploads.store(admitted.ticket(), log(device)) instanceof UploadReply.Stored;
  }

  /** About 2 KB of log lines, different per device and per call (a phone's log differs). */
  private static byte[] log(int device) {
    StringBuilder text = new StringBuilder(LOG_BYTES + 100);
    long now = System.nanoTime();
    for (int line = 0; text.length() < LOG_BYTES; line++) {
      text.append("0101")
          .append(now)
          .append("|so   |4|00|device ")
          .append(device)
          .append(" boot line ")
          .append(line)
          .append('\n');
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static MacAddress mac(int i) {
    return MacAddress.parse(String.format("0004f2%06x", i));
  }

  record Phase(
      String name,
      int uploads,
      int uploaders,
      Duration elapsed,
      long cpuNanos,
      long commits,
      long statements,
      long p50Nanos,
      long p99Nanos,
      long failures) {

    String report() {
      double seconds = elapsed.toNanos() / 1e9;
      return String.format(
          "%-18s %,7d uploads, %3d uploaders: %,8.0f uploads/s, CPU %.3f ms/upload,"
              + " %.3f commits/upload, %.2f statements/upload, latency p50 %.1f ms p99 %.1f ms, %d failed",
          name,
          uploads,
          uploaders,
          uploads / seconds,
          cpuNanos / 1e6 / uploads,
          (double) commits / uploads,
          (double) statements / uploads,
          p50Nanos / 1e6,
          p99Nanos / 1e6,
          failures);
    }
  }
}
