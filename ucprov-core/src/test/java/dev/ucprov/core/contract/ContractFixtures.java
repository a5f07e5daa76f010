package dev.ucprov.core.contract;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Values the contracts build their cases from. */
public final class ContractFixtures {

  /** A fixed start, whole seconds, so every backend keeps these times exactly. */
  public static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  public static final String VVX410_APPLICATION =
      "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application";
  public static final String VVX410_UPDATER =
      "FileTransport PolycomVVX-VVX_410-UA/5.4.1.1234 Type/Updater";
  public static final String SPIP650_APPLICATION =
      "FileTransport PolycomSoundPointIP-SPIP_650-UA/4.0.15.1009 Type/Application";

  private ContractFixtures() {}

  public static TenantId id(String value) {
    return new TenantId(value);
  }

  /** A tenant with no host names, credentials or variables. */
  public static Tenant tenant(String id) {
    return new Tenant(id(id), "Tenant " + id, List.of(), Optional.empty(), Map.of());
  }

  public static Tenant tenant(String id, String... hostnames) {
    return new Tenant(id(id), "Tenant " + id, List.of(hostnames), Optional.empty(), Map.of());
  }

  public static MacAddress mac(int n) {
    return new MacAddress(String.format("0004f2%06x", n));
  }

  /** A device with nothing but its tenant and MAC. */
  public static Device device(String tenant, MacAddress mac) {
    return new Device(
        id(tenant), mac, Optional.empty(), Optional.empty(), Map.of(), Optional.empty());
  }

  public static Device device(String tenant, MacAddress mac, String model) {
    return new Device(
        id(tenant), mac, Optional.of(model), Optional.empty(), Map.of(), Optional.empty());
  }

  public static RequestRecord request(Instant time, String path) {
    return new RequestRecord(time, Protocol.HTTPS, "GET", path, 200, 1234);
  }

  /** A request from a phone, seconds after {@link #T0}, for its own master config. */
  public static Sighting sighting(String tenant, MacAddress mac, long seconds, String agent) {
    return sighting(tenant, mac, seconds, agent, "192.0.2.10");
  }

  public static Sighting sighting(
      String tenant, MacAddress mac, long seconds, String agent, String address) {
    return new Sighting(
        id(tenant),
        Optional.of(mac),
        address,
        agent,
        request(T0.plusSeconds(seconds), mac.value() + ".cfg"));
  }

  /** The name a blob store gives these bytes. */
  public static BlobRef blobOf(byte[] content) {
    return new BlobRef(sha256(content), content.length);
  }

  public static BlobRef blobOf(String content) {
    return blobOf(content.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code length} characters of ASCII, Latin and CJK, so bytes and characters differ. */
  public static String longText(int length) {
    String unit = "aé漢z";
    return unit.repeat(length / unit.length() + 1).substring(0, length);
  }

  /** Runs the tasks on as many threads at once and returns their results in order. */
  public static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(() -> {
              start.await();
              return task.call();
            }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
