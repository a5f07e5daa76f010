package dev.ucprov.store.cache;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.StoredFile;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import java.time.Clock;
import java.util.List;

/**
 * The caches the caching repositories share, so that deleting a tenant, which the database cascades
 * to its devices and files, also forgets them here. One instance serves one set of repositories
 * over one database. Thread-safe.
 */
public final class StoreCache {

  /** The key of a user-name lookup. */
  record UsernameKey(TenantId tenant, String username) {}

  private final ReadThroughCache<TenantId, Tenant> tenantsById;
  private final ReadThroughCache<String, Tenant> tenantsByHostname;
  private final ReadThroughCache<String, Tenant> tenantsByAddress;
  private final ReadThroughCache<MacAddress, Device> devices;
  private final ReadThroughCache<UsernameKey, List<Device>> devicesByUsername;
  private final ReadThroughCache<FileKey, StoredFile> files;

  /**
   * @param clock measures the time to live; the system clock in production
   */
  public StoreCache(CacheSettings settings, Clock clock) {
    this.tenantsById = new ReadThroughCache<>(settings, clock);
    this.tenantsByHostname = new ReadThroughCache<>(settings, clock);
    this.tenantsByAddress = new ReadThroughCache<>(settings, clock);
    this.devices = new ReadThroughCache<>(settings, clock);
    this.devicesByUsername = new ReadThroughCache<>(settings, clock);
    this.files = new ReadThroughCache<>(settings, clock);
  }

  /** Default settings: two seconds to live, 200,000 entries a cache. */
  public StoreCache(Clock clock) {
    this(CacheSettings.defaults(), clock);
  }

  /** Forgets everything, for example after the database was changed behind the repositories. */
  public void clear() {
    tenantsById.invalidateAll();
    tenantsByHostname.invalidateAll();
    tenantsByAddress.invalidateAll();
    devices.invalidateAll();
    devicesByUsername.invalidateAll();
    files.invalidateAll();
  }

  /**
   * Forgets a tenant and, since a tenant is rare to delete, every device and file: the database
   * removed the tenant's along with it.
   */
  void tenantDeleted(TenantId tenant) {
    tenantChanged(tenant);
    devices.invalidateAll();
    devicesByUsername.invalidateAll();
    files.invalidateAll();
  }

  /** A put may move host names or networks between tenants, so every such answer goes. */
  void tenantChanged(TenantId tenant) {
    tenantsById.invalidate(tenant);
    tenantsByHostname.invalidateAll();
    tenantsByAddress.invalidateAll();
  }

  ReadThroughCache<TenantId, Tenant> tenantsById() {
    return tenantsById;
  }

  ReadThroughCache<String, Tenant> tenantsByHostname() {
    return tenantsByHostname;
  }

  /** Tenants by the source address of a request that named none (TFTP), one entry an address. */
  ReadThroughCache<String, Tenant> tenantsByAddress() {
    return tenantsByAddress;
  }

  ReadThroughCache<MacAddress, Device> devices() {
    return devices;
  }

  /**
   * Devices by tenant and user name. A put or delete of any device clears it whole: the old user
   * name of a replaced device is not known without a read, and device writes are rare.
   */
  ReadThroughCache<UsernameKey, List<Device>> devicesByUsername() {
    return devicesByUsername;
  }

  ReadThroughCache<FileKey, StoredFile> files() {
    return files;
  }
}
