package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.RequestRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Reads what devices were last seen doing, for one device or a page of them at once. */
final class DeviceStatuses {

  private DeviceStatuses() {}

  /** The status of each device that was ever seen, with its newest requests first. */
  static Map<MacAddress, DeviceStatus> of(Handle handle, Collection<MacAddress> macs) {
    if (macs.isEmpty()) {
      return Map.of();
    }
    List<String> keys = macs.stream().map(MacAddress::value).toList();
    Map<MacAddress, List<RequestRecord>> requests = new RequestGroups(handle).recent(macs);
    Map<MacAddress, DeviceStatus> statuses = new HashMap<>();
    SqlValues.bindKeys(
            handle.createQuery(
                "SELECT s.* FROM "
                    + SqlValues.KEYS
                    + " JOIN device_status s ON s.mac = k.key_value"),
            keys)
        .map((row, context) -> {
          MacAddress mac = new MacAddress(row.getString("mac"));
          return Map.entry(mac, status(row, requests.getOrDefault(mac, List.of())));
        })
        .forEach(entry -> statuses.put(entry.getKey(), entry.getValue()));
    return statuses;
  }

  static DeviceStatus status(ResultSet row, List<RequestRecord> recent) throws SQLException {
    return new DeviceStatus(
        SqlValues.instant(row, "last_seen"),
        row.getString("last_address"),
        Protocol.valueOf(row.getString("last_protocol")),
        SqlValues.optional(row, "reported_model"),
        SqlValues.optional(row, "application_version"),
        SqlValues.optional(row, "updater_version"),
        recent);
  }
}
