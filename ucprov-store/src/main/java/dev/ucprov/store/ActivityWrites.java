package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.DeviceActivity;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes a batch's device activities without reading statuses first: one batched update sets each
 * claimed device's status, keeping in SQL a model or version the batch did not tell and adding to
 * its request count (or setting it, when the batch alone fills what a device shows: {@link
 * RequestGroups} then replaces the device's groups), and checks in the same statement that the
 * device belongs to the tenant its sightings reached. Only the activities it matched no row for are
 * looked at further: a claimed device seen for the first time gets a status inserted; a MAC no
 * tenant claims updates the tenant's unknown devices. Correct with other writers on the database,
 * since nothing read before is written back. Not thread-safe; one per transaction.
 */
final class ActivityWrites {

  /** What a batch wrote for claimed devices: their activities and their request counts after. */
  record Recorded(List<DeviceActivity> activities, Map<MacAddress, Integer> requestCounts) {}

  private final Handle handle;
  private final InventoryRows rows;

  ActivityWrites(Handle handle) {
    this.handle = handle;
    this.rows = new InventoryRows(handle);
  }

  /**
   * @param knownCounts request counts this process knows for devices (see {@link RequestCounts})
   */
  Recorded write(List<DeviceActivity> activities, Map<MacAddress, Integer> knownCounts) {
    List<DeviceActivity> recorded = new ArrayList<>();
    List<DeviceActivity> missed = new ArrayList<>();
    int[] updated = updateStatuses(activities);
    for (int i = 0; i < activities.size(); i++) {
      (updated[i] > 0 ? recorded : missed).add(activities.get(i));
    }
    Map<MacAddress, Integer> counts = new HashMap<>();
    List<MacAddress> unknownCounts = new ArrayList<>();
    for (DeviceActivity activity : recorded) {
      Integer known = knownCounts.get(activity.mac());
      if (activity.requests().full()) {
        counts.put(activity.mac(), activity.requests().size());
      } else if (known == null) {
        unknownCounts.add(activity.mac());
      } else {
        counts.put(activity.mac(), known + activity.requests().size());
      }
    }
    counts.putAll(rows.requestCounts(unknownCounts));
    if (!missed.isEmpty()) {
      List<DeviceActivity> inserted = firstSeen(missed);
      inserted.forEach(activity -> counts.put(activity.mac(), activity.requests().size()));
      recorded.addAll(inserted);
    }
    return new Recorded(recorded, counts);
  }

  /** Per activity, in order, how many status rows the update changed: 0 or 1. */
  private int[] updateStatuses(List<DeviceActivity> activities) {
    PreparedBatch update =
        handle.prepareBatch(
            "UPDATE device_status SET last_seen = :seen, last_address = :address,"
                + " last_protocol = :protocol,"
                + " reported_model = COALESCE(:model, reported_model),"
                + " application_version = COALESCE(:application, application_version),"
                + " updater_version = COALESCE(:updater, updater_version),"
                + " request_count = CASE WHEN :replace THEN :requests"
                + " ELSE request_count + :requests END"
                + " WHERE mac = :mac AND EXISTS"
                + " (SELECT 1 FROM device d WHERE d.mac = :mac AND d.tenant_id = :tenant)");
    activities.forEach(activity ->
        bindStatus(update, activity)
            .bind("tenant", activity.tenant().value())
            .bind("replace", activity.requests().full())
            .add());
    return update.execute();
  }

  /**
   * The claimed devices among {@code missed} get a status inserted; MACs no tenant claims are
   * written as unknown devices of tenants that exist; MACs another tenant claims change nothing.
   *
   * @return the activities whose status was inserted
   */
  private List<DeviceActivity> firstSeen(List<DeviceActivity> missed) {
    Map<MacAddress, TenantId> owners =
        rows.owners(missed.stream().map(DeviceActivity::mac).toList());
    List<DeviceActivity> claimed = new ArrayList<>();
    List<DeviceActivity> unclaimed = new ArrayList<>();
    for (DeviceActivity activity : missed) {
      TenantId owner = owners.get(activity.mac());
      if (owner == null) {
        unclaimed.add(activity);
      } else if (owner.equals(activity.tenant())) {
        claimed.add(activity);
      }
    }
    if (!claimed.isEmpty()) {
      PreparedBatch insert =
          handle.prepareBatch(
              "INSERT INTO device_status (mac, last_seen, last_address, last_protocol,"
                  + " reported_model, application_version, updater_version, request_count)"
                  + " VALUES (:mac, :seen, :address, :protocol, :model, :application, :updater,"
                  + " :requests)");
      claimed.forEach(activity -> bindStatus(insert, activity).add());
      insert.execute();
    }
    unknown(unclaimed);
    return claimed;
  }

  private void unknown(List<DeviceActivity> unclaimed) {
    if (unclaimed.isEmpty()) {
      return;
    }
    Set<TenantId> tenants =
        rows.existing(unclaimed.stream().map(DeviceActivity::tenant).distinct().toList());
    Map<InventoryRows.UnknownKey, UnknownDevice> before =
        rows.unknown(unclaimed.stream().map(DeviceActivity::mac).distinct().toList());
    Map<InventoryRows.UnknownKey, UnknownDevice> after = new HashMap<>();
    for (DeviceActivity activity : unclaimed) {
      if (tenants.contains(activity.tenant())) {
        InventoryRows.UnknownKey key =
            new InventoryRows.UnknownKey(activity.tenant(), activity.mac());
        after.put(key, activity.nextUnknown(Optional.ofNullable(before.get(key))));
      }
    }
    rows.writeUnknown(after, before);
  }

  private static PreparedBatch bindStatus(PreparedBatch batch, DeviceActivity activity) {
    return batch
        .bind("mac", activity.mac().value())
        .bind("seen", activity.lastSeen())
        .bind("address", activity.lastAddress())
        .bind("protocol", activity.lastProtocol().name())
        .bind("model", activity.reportedModel().orElse(null))
        .bind("application", activity.applicationVersion().orElse(null))
        .bind("updater", activity.updaterVersion().orElse(null))
        .bind("requests", activity.requests().size());
  }
}
