package dev.ucprov.core.testing;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.tenant.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link DeviceRepository} in memory; see {@link InMemoryStore} for thread-safety. A device's model
 * for filtering is the operator's or, when unset, the reported one, compared without {@code _} in
 * upper case.
 */
public final class InMemoryDeviceRepository implements DeviceRepository {

  private final InMemoryStore store;

  InMemoryDeviceRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<Device> find(MacAddress mac) {
    synchronized (store) {
      return Optional.ofNullable(store.devices.get(mac.value()));
    }
  }

  @Override
  public List<Device> findByUsername(TenantId tenant, String username) {
    synchronized (store) {
      return store.devices.values().stream()
          .filter(device -> device.tenant().equals(tenant))
          .filter(
              device -> device.credentials().map(c -> c.username().equals(username)).orElse(false))
          .toList();
    }
  }

  @Override
  public List<Device> findAllByUsername(String username) {
    synchronized (store) {
      return store.devices.values().stream()
          .filter(
              device -> device.credentials().map(c -> c.username().equals(username)).orElse(false))
          .sorted(
              Comparator.comparing((Device d) -> d.tenant().value())
                  .thenComparing(d -> d.mac().value()))
          .toList();
    }
  }

  @Override
  public Page list(TenantId tenant, DeviceQuery query) {
    synchronized (store) {
      List<Listed> matching =
          store.devices.values().stream()
              .filter(device -> device.tenant().equals(tenant))
              .map(device ->
                  new Listed(device, Optional.ofNullable(store.statuses.get(device.mac()))))
              .filter(listed -> matches(listed, query))
              .toList();
      int from = (int) Math.min(matching.size(), (long) query.offset());
      int to = (int) Math.min(matching.size(), (long) from + query.limit());
      return new Page(matching.subList(from, to), matching.size());
    }
  }

  @Override
  public PutOutcome put(Device device) {
    synchronized (store) {
      store.requireTenant(device.tenant(), "device " + device.mac());
      Device before = store.devices.get(device.mac().value());
      if (before != null && !before.tenant().equals(device.tenant())) {
        return new PutOutcome.ClaimedElsewhere(device.mac(), before.tenant());
      }
      store.devices.put(device.mac().value(), device);
      store.unknown.keySet().removeIf(key -> key.mac().equals(device.mac()));
      return before == null ? new PutOutcome.Created(device) : new PutOutcome.Updated(device);
    }
  }

  @Override
  public boolean delete(TenantId tenant, MacAddress mac) {
    synchronized (store) {
      Device before = store.devices.get(mac.value());
      if (before == null || !before.tenant().equals(tenant)) {
        return false;
      }
      store.devices.remove(mac.value());
      store.statuses.remove(mac);
      store.uploads.keySet().removeIf(key -> key.mac().equals(mac));
      return true;
    }
  }

  private static boolean matches(Listed listed, DeviceQuery query) {
    Optional<DeviceStatus> status = listed.status();
    if (query.model().isPresent()) {
      Optional<String> model =
          listed.device().model().or(() -> status.flatMap(DeviceStatus::reportedModel));
      if (model.isEmpty() || !modelKey(model.get()).equals(modelKey(query.model().get()))) {
        return false;
      }
    }
    if (query.firmware().isPresent()) {
      Optional<String> version = status.flatMap(DeviceStatus::applicationVersion);
      if (version.isEmpty() || !version.get().startsWith(query.firmware().get())) {
        return false;
      }
    }
    if (query.notSeenSince().isPresent()) {
      return status.isEmpty() || status.get().lastSeen().isBefore(query.notSeenSince().get());
    }
    return true;
  }

  private static String modelKey(String model) {
    return model.replace("_", "").toUpperCase(Locale.ROOT);
  }
}
