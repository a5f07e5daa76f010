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
 * device's newest {@link DeviceInventory#RECENT_REQUESTS} requests are those of its newest groups.
 * How many requests a device has stored is kept with its status ({@code
 * device_status.request_count}); once that reaches {@link #TRIM_AT}, its groups past the newest
 * requests are deleted. So a recording reads and deletes for a device only every so often, never
 * every time. Not thread-safe; one per transaction.
 *
 * <p>With several servers on one database two recordings of a device may race and undercount its
 * requests: that delays its next trim, never hides a request; every trim sets the count right.
 */
final class RequestGroups {

  /** A device's stored requests that make a trim: twice what its status shows. */
  static final int TRIM_AT = 2 * DeviceInventory.RECENT_REQUESTS;

  private final Handle handle;

  RequestGroups(Handle handle) {
    this.handle = handle;
  }

  /**
   * Adds one group per device, then trims the devices that reach {@link #TRIM_AT}.
   *
   * @param newestFirst each device's new requests, newest first, at most as many as it keeps
   * @param countsBefore how many requests each device had stored (absent: none)
   * @return how many requests each device of {@code newestFirst} has stored now
   */
  Map<MacAddress, Integer> append(
      Map<MacAddress, List<RequestRecord>> newestFirst, Map<MacAddress, Integer> countsBefore) {
    Map<MacAddress, Integer> counts = new HashMap<>();
    if (newestFirst.isEmpty()) {
      return counts;
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
    List<MacAddress> due = new ArrayList<>();
    newestFirst.forEach((mac, requests) -> {
      int count = countsBefore.getOrDefault(mac, 0) + requests.size();
      counts.put(mac, count);
      if (count >= TRIM_AT) {
        due.add(mac);
      }
    });
    counts.putAll(trim(due));
    return counts;
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

  /**
   * Deletes each device's groups past its newest requests.
   *
   * @return how many requests each device keeps
   */
  private Map<MacAddress, Integer> trim(List<MacAddress> macs) {
    Map<MacAddress, Integer> kept = new HashMap<>();
    if (macs.isEmpty()) {
      return kept;
    }
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
        kept.put(new MacAddress(mac), device.kept);
        if (device.requests > 0) {
          delete.bind("mac", mac).bind("seq", device.newestSeq).add();
        }
      });
    }
    if (delete.size() > 0) {
      delete.execute();
    }
    return kept;
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
