package dev.ucprov.core.testing;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.TenantId;
import java.util.ArrayList;
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
  public void record(List<Sighting> batch) {
    batches.incrementAndGet();
    synchronized (store) {
      batch.forEach(this::apply);
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

  private void apply(Sighting sighting) {
    if (sighting.mac().isEmpty()) {
      return;
    }
    MacAddress mac = sighting.mac().get();
    Device owner = store.devices.get(mac.value());
    if (owner != null) {
      if (owner.tenant().equals(sighting.tenant())) {
        store.statuses.put(mac, seen(store.statuses.get(mac), sighting));
      }
    } else if (store.tenants.containsKey(sighting.tenant().value())) {
      InMemoryStore.UnknownKey key = new InMemoryStore.UnknownKey(sighting.tenant(), mac);
      store.unknown.put(key, sighting.nextUnknown(Optional.ofNullable(store.unknown.get(key))));
    }
  }

  private static DeviceStatus seen(DeviceStatus before, Sighting sighting) {
    List<RequestRecord> requests = new ArrayList<>();
    requests.add(sighting.request());
    if (before != null) {
      requests.addAll(before.recentRequests());
    }
    return sighting.nextStatus(
        Optional.ofNullable(before),
        requests.subList(0, Math.min(requests.size(), RECENT_REQUESTS)));
  }
}
