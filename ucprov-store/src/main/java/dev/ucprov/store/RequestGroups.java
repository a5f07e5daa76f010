package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.DeviceActivity;
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
 * device_status.request_count}, and as far as this process knows in {@link RequestCounts}); once
 * that reaches {@link #TRIM_AT}, its groups past the newest requests are deleted. So a recording
 * reads and deletes for a device only every so often, never every time. Not thread-safe; one per
 * transaction.
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
   * Adds one group per device, then trims the devices that reach {@link #TRIM_AT}. A device whose
   * new requests alone are as many as it shows has its older groups deleted first, unread: none of
   * their requests would be shown again.
   *
   * @param activities the devices' activities, each with at least one request
   * @param counts how many requests each device has stored once its group is added; a trimmed
   *     device's count becomes what it keeps
   */
  void append(List<DeviceActivity> activities, Map<MacAddress, Integer> counts) {
    if (activities.isEmpty()) {
      return;
    }
    PreparedBatch replaced =
        handle.prepareBatch("DELETE FROM device_request_group WHERE mac = :mac");
    activities.stream()
        .filter(activity -> activity.requests().full())
        .forEach(activity -> replaced.bind("mac", activity.mac().value()).add());
    if (replaced.size() > 0) {
      replaced.execute();
    }
    PreparedBatch insert =
        handle.prepareBatch(
            "INSERT INTO device_request_group (mac, request_count, requests)"
                + " VALUES (:mac, :count, :requests)");
    StringBuilder text = new StringBuilder();
    List<MacAddress> due = new ArrayList<>();
    for (DeviceActivity activity : activities) {
      text.setLength(0);
      RequestLines.encode(activity.requests(), text);
      insert
          .bind("mac", activity.mac().value())
          .bind("count", activity.requests().size())
          .bind("requests", text.toString())
          .add();
      if (counts.getOrDefault(activity.mac(), 0) >= TRIM_AT) {
        due.add(activity.mac());
      }
    }
    insert.execute();
    counts.putAll(trim(due));
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
    // By what was deleted, not to what is kept: another server's append meanwhile stays counted.
    PreparedBatch recount =
        handle.prepareBatch(
            "UPDATE device_status SET request_count = request_count - :deleted WHERE mac = :mac");
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
          recount.bind("mac", mac).bind("deleted", device.requests).add();
        }
      });
    }
    if (delete.size() > 0) {
      delete.execute();
      recount.execute();
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
