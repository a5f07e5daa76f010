package dev.ucprov.core.testing;

import dev.ucprov.core.checksync.JobId;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One in-memory database behind the four repositories, so they see each other as the JDBC ones do:
 * deleting a tenant removes its devices, inventory, files and uploads (deleting a device, its
 * uploads); devices and files need their tenant.
 *
 * <p>Thread-safety: every repository method holds this store's monitor for its whole run, which
 * makes each one a transaction. Simple rather than fast; these are test fixtures.
 */
public final class InMemoryStore {

  /** A tenant and a MAC: the key of an unknown-device entry. */
  record UnknownKey(TenantId tenant, MacAddress mac) {}

  /** A scope and a path: the key of a file's history. */
  record FileKey(FileScope scope, FilePath path) {}

  /** A device's uploaded file: the key of its versions. */
  record UploadKey(TenantId tenant, MacAddress mac, String name) {}

  final Clock clock;
  final Map<String, Tenant> tenants = new TreeMap<>();
  final Map<String, Device> devices = new TreeMap<>();
  final Map<MacAddress, DeviceStatus> statuses = new HashMap<>();
  final Map<UnknownKey, UnknownDevice> unknown = new HashMap<>();
  final Map<FileKey, List<FileVersion>> files = new HashMap<>();
  final Map<UploadKey, InMemoryUploadRepository.History> uploads = new HashMap<>();
  final Map<JobId, InMemoryJobRepository.Entry> jobs = new LinkedHashMap<>();

  private final InMemoryTenantRepository tenantRepository = new InMemoryTenantRepository(this);
  private final InMemoryDeviceRepository deviceRepository = new InMemoryDeviceRepository(this);
  private final InMemoryDeviceInventory inventory = new InMemoryDeviceInventory(this);
  private final InMemoryFileRepository fileRepository = new InMemoryFileRepository(this);
  private final InMemoryUploadRepository uploadRepository = new InMemoryUploadRepository(this);
  private final InMemoryBlobStore blobs = new InMemoryBlobStore();
  private final InMemoryJobRepository jobRepository = new InMemoryJobRepository(this);

  /** A store whose file versions carry the system clock's time. */
  public InMemoryStore() {
    this(Clock.systemUTC());
  }

  /** A store whose file versions carry {@code clock}'s time. */
  public InMemoryStore(Clock clock) {
    this.clock = clock;
  }

  public InMemoryTenantRepository tenants() {
    return tenantRepository;
  }

  public InMemoryDeviceRepository devices() {
    return deviceRepository;
  }

  public InMemoryDeviceInventory inventory() {
    return inventory;
  }

  public InMemoryFileRepository files() {
    return fileRepository;
  }

  public InMemoryUploadRepository uploads() {
    return uploadRepository;
  }

  public InMemoryJobRepository jobs() {
    return jobRepository;
  }

  /** A blob store of its own; blobs are not owned by tenants, so nothing cascades to it. */
  public InMemoryBlobStore blobs() {
    return blobs;
  }

  /** Removes what a tenant owns; the caller holds the monitor. */
  void dropTenantData(TenantId tenant) {
    List<Device> owned = new ArrayList<>();
    devices.values().stream().filter(d -> d.tenant().equals(tenant)).forEach(owned::add);
    for (Device device : owned) {
      devices.remove(device.mac().value());
      statuses.remove(device.mac());
    }
    unknown.keySet().removeIf(key -> key.tenant().equals(tenant));
    files.keySet().removeIf(key -> key.scope().equals(FileScope.of(tenant)));
    uploads.keySet().removeIf(key -> key.tenant().equals(tenant));
    jobs.values().removeIf(entry -> entry.job.tenant().equals(tenant));
  }

  /** Refuses a tenant that does not exist; the caller holds the monitor. */
  void requireTenant(TenantId tenant, String what) {
    if (!tenants.containsKey(tenant.value())) {
      throw new IllegalArgumentException(
          what + " names tenant \"" + tenant + "\", which does not exist");
    }
  }
}
