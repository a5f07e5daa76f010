package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.RequestRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Devices' recent requests, kept as one {@code device_request_group} row per device and recording
 * (see ADR 0014): a recording costs one insert per device, however many requests the device made. A
 * device's newest {@link DeviceInventory#RECENT_REQUESTS} requests are those of its newest groups;
 * older groups are deleted once they hold at least {@link #SLACK} requests no one will read, so a
 * recording deletes only every few times, not every time. Not thread-safe; one per transaction.
 */
final class RequestGroups {

  /** Requests past the newest {@link DeviceInventory#RECENT_REQUESTS} kept before a trim. */
  static final int SLACK = DeviceInventory.RECENT_REQUESTS / 2;

  private final Handle handle;

  RequestGroups(Handle handle) {
    this.handle = handle;
  }

  /**
   * Adds one group per device, then trims the devices that hold enough surplus.
   *
   * @param newestFirst each device's new requests, newest first, at most as many as it keeps
   */
  void append(Map<MacAddress, List<RequestRecord>> newestFirst) {
    if (newestFirst.isEmpty()) {
      return;
    }
    PreparedBatch insert =
        handle.prepareBatch(
            "INSERT INTO device_request_group (mac, request_count, requests)"
                + " VALUES (:mac, :count, :requests)");
    newestFirst.forEach((mac, requests) ->
        insert
            .bind("mac", mac.value())
            .bind("count", requests.size())
            .bind("requests", RequestLines.encode(requests))
            .add());
    insert.execute();
    trim(newestFirst.keySet());
  }

  /** Each device's newest requests, newest first; devices never seen are left out. */
  Map<MacAddress, List<RequestRecord>> recent(Collection<MacAddress> macs) {
    Map<MacAddress, List<RequestRecord>> recent = new HashMap<>();
    for (List<String> keys : SqlValues.inLists(values(macs))) {
      SqlValues.bindKeys(
              handle.createQuery(
                  "SELECT g.mac, g.requests FROM "
                      + SqlValues.KEYS
                      + " JOIN device_request_group g ON g.mac = k.key_value"
                      + " ORDER BY g.mac, g.seq DESC"),
              keys)
          .map((row, context) -> Map.entry(row.getString("mac"), row.getString("requests")))
          .forEach(group -> {
            List<RequestRecord> into =
                recent.computeIfAbsent(new MacAddress(group.getKey()), mac -> new ArrayList<>());
            RequestLines.decode(group.getValue(), into, DeviceInventory.RECENT_REQUESTS);
          });
    }
    return recent;
  }

  /** Deletes the groups past each device's newest requests once they hold {@link #SLACK}. */
  private void trim(Collection<MacAddress> macs) {
    PreparedBatch delete =
        handle.prepareBatch("DELETE FROM device_request_group WHERE mac = :mac AND seq <= :seq");
    for (List<String> keys : SqlValues.inLists(values(macs))) {
      Map<String, Surplus> surplus = new HashMap<>();
      SqlValues.bindKeys(
              handle.createQuery(
                  "SELECT g.mac, g.seq, g.request_count FROM "
                      + SqlValues.KEYS
                      + " JOIN device_request_group g ON g.mac = k.key_value"
                      + " ORDER BY g.mac, g.seq DESC"),
              keys)
          .map((row, context) ->
              new GroupSize(row.getString("mac"), row.getLong("seq"), row.getInt("request_count")))
          .forEach(group -> surplus.computeIfAbsent(group.mac(), mac -> new Surplus()).add(group));
      surplus.forEach((mac, device) -> {
        if (device.requests >= SLACK) {
          delete.bind("mac", mac).bind("seq", device.newestSeq).add();
        }
      });
    }
    if (delete.size() > 0) {
      delete.execute();
    }
  }

  private record GroupSize(String mac, long seq, int count) {}

  /**
   * One device's groups past its newest {@link DeviceInventory#RECENT_REQUESTS} requests, fed its
   * groups newest first.
   */
  private static final class Surplus {
    private int kept;
    private int requests;
    private long newestSeq;

    void add(GroupSize group) {
      if (kept < DeviceInventory.RECENT_REQUESTS) {
        kept += group.count();
      } else {
        if (requests == 0) {
          newestSeq = group.seq();
        }
        requests += group.count();
      }
    }
  }

  private static List<String> values(Collection<MacAddress> macs) {
    return macs.stream().map(MacAddress::value).toList();
  }
}
