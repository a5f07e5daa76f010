package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a batch of sightings, in order, to what was stored before, in memory: the batch then
 * costs a few batched statements instead of several per sighting. Not thread-safe; one per batch.
 *
 * <p>A sighting counts for a claimed device only when it reached the device's own tenant, so one
 * tenant's traffic never shows in another's device; it counts as an unknown device only when no
 * tenant claims the MAC and the tenant it reached exists.
 */
final class SightingFold {

  /** A tenant and a MAC: the key of an unknown-device entry. */
  record UnknownKey(TenantId tenant, MacAddress mac) {}

  private final Map<MacAddress, TenantId> owners;
  private final Set<TenantId> tenants;
  private final Map<MacAddress, DeviceStatus> statuses;
  private final Map<UnknownKey, UnknownDevice> unknown;
  private final Map<MacAddress, List<RequestRecord>> requests = new LinkedHashMap<>();

  /**
   * @param owners the owner of every claimed MAC the batch names
   * @param tenants the tenants that exist, among those the batch reached
   * @param statuses the stored status of claimed devices (without requests), changed in place
   * @param unknown the stored unknown-device entries the batch may touch, changed in place
   */
  SightingFold(
      Map<MacAddress, TenantId> owners,
      Set<TenantId> tenants,
      Map<MacAddress, DeviceStatus> statuses,
      Map<UnknownKey, UnknownDevice> unknown) {
    this.owners = owners;
    this.tenants = tenants;
    this.statuses = statuses;
    this.unknown = unknown;
  }

  void apply(Sighting seen) {
    if (seen.mac().isEmpty()) {
      return;
    }
    Sighting sighting = stored(seen);
    MacAddress mac = sighting.mac().get();
    TenantId owner = owners.get(mac);
    if (owner != null) {
      if (owner.equals(sighting.tenant())) {
        // Requests are written apart from the status (RequestGroups), so the status holds none.
        statuses.put(mac, sighting.nextStatus(Optional.ofNullable(statuses.get(mac)), List.of()));
        requests.computeIfAbsent(mac, key -> new ArrayList<>()).add(sighting.request());
      }
    } else if (tenants.contains(sighting.tenant())) {
      UnknownKey key = new UnknownKey(sighting.tenant(), mac);
      unknown.put(key, sighting.nextUnknown(Optional.ofNullable(unknown.get(key))));
    }
  }

  /** The requests to store per device, newest first, at most as many as a device keeps. */
  Map<MacAddress, List<RequestRecord>> newRequests() {
    Map<MacAddress, List<RequestRecord>> kept = new LinkedHashMap<>();
    requests.forEach((mac, list) -> {
      List<RequestRecord> newest =
          list.subList(Math.max(0, list.size() - DeviceInventory.RECENT_REQUESTS), list.size());
      kept.put(mac, newest.reversed());
    });
    return kept;
  }

  /** The sighting with its time as the database keeps it (microseconds, truncated). */
  private static Sighting stored(Sighting sighting) {
    return new Sighting(
        sighting.tenant(),
        sighting.mac(),
        sighting.sourceAddress(),
        sighting.userAgent(),
        stored(sighting.request()));
  }

  private static RequestRecord stored(RequestRecord request) {
    return new RequestRecord(
        SqlValues.stored(request.time()),
        request.protocol(),
        request.method(),
        request.path(),
        request.status(),
        request.bytes());
  }
}
