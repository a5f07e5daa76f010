package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.RequestRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
    Map<String, List<RequestRecord>> requests = new HashMap<>();
    handle
        .createQuery("SELECT * FROM device_request WHERE mac IN (<macs>) ORDER BY mac, seq DESC")
        .bindList("macs", keys)
        .map((row, context) -> Map.entry(row.getString("mac"), request(row)))
        .forEach(entry ->
            requests
                .computeIfAbsent(entry.getKey(), mac -> new ArrayList<>())
                .add(entry.getValue()));
    Map<MacAddress, DeviceStatus> statuses = new HashMap<>();
    handle
        .createQuery("SELECT * FROM device_status WHERE mac IN (<macs>)")
        .bindList("macs", keys)
        .map((row, context) ->
            Map.entry(
                new MacAddress(row.getString("mac")),
                status(row, requests.getOrDefault(row.getString("mac"), List.of()))))
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

  private static RequestRecord request(ResultSet row) throws SQLException {
    return new RequestRecord(
        SqlValues.instant(row, "requested_at"),
        Protocol.valueOf(row.getString("protocol")),
        row.getString("method"),
        row.getString("path"),
        row.getInt("status"),
        row.getLong("bytes"));
  }
}
