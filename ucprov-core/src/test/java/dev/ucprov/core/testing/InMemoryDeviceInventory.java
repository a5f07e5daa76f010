package dev.ucprov.core.testing;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.ActivityBatch;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceActivity;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link DeviceInventory} in memory; see {@link InMemoryStore} for thread-safety. Also counts the
 * batches it was given, so tests can check that a recorder batches.
 */
public final class InMemoryDeviceInventory implements DeviceInventory {

  private final InMemoryStore store;
  private final AtomicInteger batches = new AtomicInteger();

  InMemoryDeviceInventory(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public void record(ActivityBatch batch) {
    batches.incrementAndGet();
    synchronized (store) {
      batch.activities().forEach(this::apply);
    }
  }

  @Override
  public Optional<DeviceStatus> status(MacAddress mac) {
    synchronized (store) {
      return Optional.ofNullable(store.statuses.get(mac));
    }
  }

  @Override
  public List<UnknownDevice> unknownDevices(TenantId tenant) {
    synchronized (store) {
      return store.unknown.entrySet().stream()
          .filter(entry -> entry.getKey().tenant().equals(tenant))
          .map(java.util.Map.Entry::getValue)
          .sorted(Comparator.comparing(UnknownDevice::lastSeen).reversed())
          .toList();
    }
  }

  /** How many times {@link #record} was called. */
  public int batchesRecorded() {
    return batches.get();
  }

  private void apply(DeviceActivity activity) {
    MacAddress mac = activity.mac();
    Device owner = store.devices.get(mac.value());
    if (owner != null) {
      if (owner.tenant().equals(activity.tenant())) {
        store.statuses.put(mac, activity.nextStatus(Optional.ofNullable(store.statuses.get(mac))));
      }
    } else if (store.tenants.containsKey(activity.tenant().value())) {
      InMemoryStore.UnknownKey key = new InMemoryStore.UnknownKey(activity.tenant(), mac);
      store.unknown.put(key, activity.nextUnknown(Optional.ofNullable(store.unknown.get(key))));
    }
  }
}
