package dev.ucprov.store.cache;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Devices looked up by MAC (unknown MACs included) or by user name from a cache; listings go to the
 * delegate, writes go through and then invalidate. Thread-safe when the delegate is.
 */
public final class CachingDeviceRepository implements DeviceRepository {

  private final DeviceRepository delegate;
  private final StoreCache cache;

  public CachingDeviceRepository(DeviceRepository delegate, StoreCache cache) {
    this.delegate = delegate;
    this.cache = cache;
  }

  @Override
  public Optional<Device> find(MacAddress mac) {
    return cache.devices().get(mac, delegate::find);
  }

  @Override
  public List<Device> findByUsername(TenantId tenant, String username) {
    return cache
        .devicesByUsername()
        .get(
            new StoreCache.UsernameKey(tenant, username),
            key -> Optional.of(delegate.findByUsername(key.tenant(), key.username())))
        .orElseThrow();
  }

  /**
   * Not cached: FTP asks it once per login, and a cache keyed by names an attacker chooses would
   * only fill with misses.
   */
  @Override
  public List<Device> findAllByUsername(String username) {
    return delegate.findAllByUsername(username);
  }

  @Override
  public Page list(TenantId tenant, DeviceQuery query) {
    return delegate.list(tenant, query);
  }

  @Override
  public PutOutcome put(Device device) {
    try {
      return delegate.put(device);
    } finally {
      cache.devices().invalidate(device.mac());
      cache.devicesByUsername().invalidateAll();
    }
  }

  @Override
  public boolean delete(TenantId tenant, MacAddress mac) {
    try {
      return delegate.delete(tenant, mac);
    } finally {
      cache.devices().invalidate(mac);
      cache.devicesByUsername().invalidateAll();
    }
  }
}
