package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.ActivityBatch;
import dev.ucprov.core.inventory.DeviceActivity;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Device status, recent requests and unknown devices. A batch arrives folded per device ({@link
 * ActivityBatch}) and is written with batched statements in one transaction: per device one status
 * update ({@link ActivityWrites}) and one {@link RequestGroups} row, however many requests it made,
 * without reading statuses back. Thread-safe.
 */
public final class JdbcDeviceInventory implements DeviceInventory {

  private final Database database;
  private final RequestCounts requestCounts = new RequestCounts();

  public JdbcDeviceInventory(Database database) {
    this.database = database;
  }

  @Override
  public void record(ActivityBatch batch) {
    List<DeviceActivity> activities = List.copyOf(batch.activities());
    if (activities.isEmpty()) {
      return;
    }
    Map<MacAddress, Integer> known =
        requestCounts.known(activities.stream().map(DeviceActivity::mac).toList());
    Map<MacAddress, Integer> counts =
        database.transaction(handle -> {
          ActivityWrites.Recorded recorded = new ActivityWrites(handle).write(activities, known);
          Map<MacAddress, Integer> after = new HashMap<>(recorded.requestCounts());
          new RequestGroups(handle).append(recorded.activities(), after);
          return after;
        });
    requestCounts.remember(counts);
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
