package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.TenantId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Device status, recent requests and unknown devices. A batch is read, folded in memory by {@link
 * SightingFold} and written back with batched statements, all in one transaction: per device one
 * status write and one {@link RequestGroups} row, however many requests it made. Thread-safe.
 */
public final class JdbcDeviceInventory implements DeviceInventory {

  private final Database database;

  public JdbcDeviceInventory(Database database) {
    this.database = database;
  }

  @Override
  public void record(List<Sighting> batch) {
    List<Sighting> named = batch.stream().filter(sighting -> sighting.mac().isPresent()).toList();
    if (named.isEmpty()) {
      return;
    }
    database.transaction(handle -> {
      InventoryRows rows = new InventoryRows(handle);
      Set<MacAddress> macs = new HashSet<>();
      Set<TenantId> reached = new HashSet<>();
      named.forEach(sighting -> {
        macs.add(sighting.mac().get());
        reached.add(sighting.tenant());
      });
      Map<MacAddress, TenantId> owners = rows.owners(macs);
      InventoryRows.Statuses stored = rows.statuses(owners.keySet());
      Map<MacAddress, DeviceStatus> before = stored.statuses();
      Map<SightingFold.UnknownKey, UnknownDevice> unknownBefore = rows.unknown(macs);
      Map<MacAddress, DeviceStatus> statuses = new HashMap<>(before);
      Map<SightingFold.UnknownKey, UnknownDevice> unknown = new HashMap<>(unknownBefore);
      SightingFold fold = new SightingFold(owners, rows.existing(reached), statuses, unknown);
      named.forEach(fold::apply);
      Map<MacAddress, Integer> requestCounts =
          new RequestGroups(handle).append(fold.newRequests(), stored.requestCounts());
      rows.writeStatuses(new InventoryRows.Statuses(statuses, requestCounts), stored);
      rows.writeUnknown(unknown, unknownBefore);
      return null;
    });
  }

  @Override
  public Optional<DeviceStatus> status(MacAddress mac) {
    return database.transaction(
        handle -> Optional.ofNullable(DeviceStatuses.of(handle, List.of(mac)).get(mac)));
  }

  @Override
  public List<UnknownDevice> unknownDevices(TenantId tenant) {
    // A recording that raced with a claim may have re-added a row: a claimed MAC is never shown.
    return database.read(handle ->
        handle
            .createQuery(
                "SELECT * FROM unknown_device u WHERE u.tenant_id = :tenant"
                    + " AND NOT EXISTS (SELECT 1 FROM device d WHERE d.mac = u.mac)"
                    + " ORDER BY u.last_seen DESC, u.mac")
            .bind("tenant", tenant.value())
            .map((row, context) -> InventoryRows.unknownDevice(row))
            .list());
  }
}
