package dev.ucprov.core.testing;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.PhoneIdentity;
import dev.ucprov.core.device.Requester;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

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
      store.unknown.put(key, seen(store.unknown.get(key), mac, sighting));
    }
  }

  private static DeviceStatus seen(DeviceStatus before, Sighting sighting) {
    PhoneIdentity identity = PhoneIdentity.fromUserAgent(sighting.userAgent());
    Optional<String> model =
        identity.knowsModel()
            ? Optional.of(identity.modelToken())
            : previous(before, DeviceStatus::reportedModel);
    List<dev.ucprov.core.inventory.RequestRecord> requests = new ArrayList<>();
    requests.add(sighting.request());
    if (before != null) {
      requests.addAll(before.recentRequests());
    }
    return new DeviceStatus(
        sighting.request().time(),
        sighting.sourceAddress(),
        sighting.request().protocol(),
        model,
        version(identity, Requester.APPLICATION)
            .or(() -> previous(before, DeviceStatus::applicationVersion)),
        version(identity, Requester.UPDATER)
            .or(() -> previous(before, DeviceStatus::updaterVersion)),
        requests.subList(0, Math.min(requests.size(), RECENT_REQUESTS)));
  }

  private static UnknownDevice seen(UnknownDevice before, MacAddress mac, Sighting sighting) {
    var time = sighting.request().time();
    // A request without an agent (TFTP) keeps the agent seen before: it tells the model.
    String sent = sighting.userAgent() == null ? "" : sighting.userAgent();
    String agent = sent.isEmpty() && before != null ? before.userAgent() : sent;
    return before == null
        ? new UnknownDevice(mac, time, time, sighting.sourceAddress(), agent, 1)
        : new UnknownDevice(
            mac, before.firstSeen(), time, sighting.sourceAddress(), agent, before.count() + 1);
  }

  private static Optional<String> version(PhoneIdentity identity, Requester requester) {
    boolean told =
        identity.requester() == requester && !PhoneIdentity.UNKNOWN.equals(identity.version());
    return told ? Optional.of(identity.version()) : Optional.empty();
  }

  private static Optional<String> previous(
      DeviceStatus before, Function<DeviceStatus, Optional<String>> field) {
    return before == null ? Optional.empty() : field.apply(before);
  }
}
