package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Reads and writes the rows one inventory batch touches, a few statements per batch. */
final class InventoryRows {

  /** A tenant and a MAC: the key of an unknown-device entry. */
  record UnknownKey(TenantId tenant, MacAddress mac) {}

  private final Handle handle;

  InventoryRows(Handle handle) {
    this.handle = handle;
  }

  Map<MacAddress, TenantId> owners(Collection<MacAddress> macs) {
    Map<MacAddress, TenantId> owners = new HashMap<>();
    for (List<String> keys : SqlValues.inLists(values(macs))) {
      SqlValues.bindKeys(
              handle.createQuery(
                  "SELECT d.mac, d.tenant_id FROM "
                      + SqlValues.KEYS
                      + " JOIN device d ON d.mac = k.key_value"),
              keys)
          .map((row, context) ->
              Map.entry(
                  new MacAddress(row.getString("mac")), new TenantId(row.getString("tenant_id"))))
          .forEach(entry -> owners.put(entry.getKey(), entry.getValue()));
    }
    return owners;
  }

  Set<TenantId> existing(Collection<TenantId> tenants) {
    Set<TenantId> existing = new HashSet<>();
    for (List<String> ids : SqlValues.inLists(tenants.stream().map(TenantId::value).toList())) {
      handle
          .createQuery("SELECT id FROM tenant WHERE id IN (<ids>)")
          .bindList("ids", ids)
          .map((row, context) -> new TenantId(row.getString("id")))
          .forEach(existing::add);
    }
    return existing;
  }

  /** How many requests these devices have stored, as their statuses count them. */
  Map<MacAddress, Integer> requestCounts(Collection<MacAddress> macs) {
    Map<MacAddress, Integer> counts = new HashMap<>();
    for (List<String> keys : SqlValues.inLists(values(macs))) {
      SqlValues.bindKeys(
              handle.createQuery(
                  "SELECT s.mac, s.request_count FROM "
                      + SqlValues.KEYS
                      + " JOIN device_status s ON s.mac = k.key_value"),
              keys)
          .map((row, context) ->
              Map.entry(new MacAddress(row.getString("mac")), row.getInt("request_count")))
          .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    }
    return counts;
  }

  Map<UnknownKey, UnknownDevice> unknown(Collection<MacAddress> macs) {
    Map<UnknownKey, UnknownDevice> unknown = new HashMap<>();
    for (List<String> keys : SqlValues.inLists(values(macs))) {
      SqlValues.bindKeys(
              handle.createQuery(
                  "SELECT u.* FROM "
                      + SqlValues.KEYS
                      + " JOIN unknown_device u ON u.mac = k.key_value"),
              keys)
          .map((row, context) -> {
            UnknownDevice device = unknownDevice(row);
            TenantId tenant = new TenantId(row.getString("tenant_id"));
            return Map.entry(new UnknownKey(tenant, device.mac()), device);
          })
          .forEach(entry -> unknown.put(entry.getKey(), entry.getValue()));
    }
    return unknown;
  }

  /** Writes the entries that differ from {@code stored}. */
  void writeUnknown(Map<UnknownKey, UnknownDevice> unknown, Map<UnknownKey, UnknownDevice> stored) {
    PreparedBatch update =
        handle.prepareBatch(
            "UPDATE unknown_device SET last_seen = :last,"
                + " last_address = :address, user_agent = :agent, seen_count = :count"
                + " WHERE tenant_id = :tenant AND mac = :mac");
    PreparedBatch insert =
        handle.prepareBatch(
            "INSERT INTO unknown_device (tenant_id, mac,"
                + " first_seen, last_seen, last_address, user_agent, seen_count)"
                + " VALUES (:tenant, :mac, :first, :last, :address, :agent, :count)");
    unknown.forEach((key, device) -> {
      if (device.equals(stored.get(key))) {
        return;
      }
      PreparedBatch batch = stored.containsKey(key) ? update : insert;
      batch
          .bind("tenant", key.tenant().value())
          .bind("mac", key.mac().value())
          .bind("first", device.firstSeen())
          .bind("last", device.lastSeen())
          .bind("address", device.lastAddress())
          .bind("agent", device.userAgent())
          .bind("count", device.count())
          .add();
    });
    execute(update);
    execute(insert);
  }

  static UnknownDevice unknownDevice(ResultSet row) throws SQLException {
    return new UnknownDevice(
        new MacAddress(row.getString("mac")),
        SqlValues.instant(row, "first_seen"),
        SqlValues.instant(row, "last_seen"),
        row.getString("last_address"),
        row.getString("user_agent"),
        row.getLong("seen_count"));
  }

  private static void execute(PreparedBatch batch) {
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  private static List<String> values(Collection<MacAddress> macs) {
    return macs.stream().map(MacAddress::value).toList();
  }
}
