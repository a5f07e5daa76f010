package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Claimed devices in the {@code device} table, whose primary key (the MAC) keeps a phone in one
 * tenant. Claiming a MAC also removes its unknown-device entries. Thread-safe.
 */
public final class JdbcDeviceRepository implements DeviceRepository {

  private final Database database;
  private final JsonVariables json = new JsonVariables();
  private final CheckSyncColumns checkSync = new CheckSyncColumns();

  public JdbcDeviceRepository(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Device> find(MacAddress mac) {
    return database.read(handle ->
        handle
            .createQuery("SELECT * FROM device WHERE mac = :mac")
            .bind("mac", mac.value())
            .map((row, context) -> device(row))
            .findOne());
  }

  @Override
  public List<Device> findByUsername(TenantId tenant, String username) {
    return database.read(handle ->
        handle
            .createQuery(
                "SELECT * FROM device WHERE tenant_id = :tenant AND username = :username"
                    + " ORDER BY mac")
            .bind("tenant", tenant.value())
            .bind("username", username)
            .map((row, context) -> device(row))
            .list());
  }

  @Override
  public List<Device> findAllByUsername(String username) {
    return database.read(handle ->
        handle
            .createQuery("SELECT * FROM device WHERE username = :username ORDER BY tenant_id, mac")
            .bind("username", username)
            .map((row, context) -> device(row))
            .list());
  }

  @Override
  public Page list(TenantId tenant, DeviceQuery query) {
    DeviceFilter filter = new DeviceFilter(tenant, query);
    return database.transaction(handle -> {
      long total = filter.bindTo(handle.createQuery(filter.countSql())).mapTo(Long.class).one();
      List<Device> devices =
          filter
              .bindTo(handle.createQuery(filter.pageSql()))
              .bind("offset", query.offset())
              .bind("limit", query.limit())
              .map((row, context) -> device(row))
              .list();
      Map<MacAddress, DeviceStatus> statuses =
          DeviceStatuses.of(handle, devices.stream().map(Device::mac).toList());
      List<Listed> listed =
          devices.stream()
              .map(device -> new Listed(device, Optional.ofNullable(statuses.get(device.mac()))))
              .toList();
      return new Page(listed, total);
    });
  }

  @Override
  public PutOutcome put(Device device) {
    return database.transaction(handle -> {
      Optional<String> owner =
          handle
              .createQuery("SELECT tenant_id FROM device WHERE mac = :mac")
              .bind("mac", device.mac().value())
              .mapTo(String.class)
              .findOne();
      if (owner.isPresent() && !owner.get().equals(device.tenant().value())) {
        return new PutOutcome.ClaimedElsewhere(device.mac(), new TenantId(owner.get()));
      }
      if (owner.isPresent()) {
        write(
            handle,
            device,
            "UPDATE device SET model = :model, label = :label,"
                + " variables = :variables, username = :username, password = :password,"
                + " sip_settings = :sip, push_settings = :push WHERE mac = :mac");
        return new PutOutcome.Updated(device);
      }
      TenantRows.requireExists(handle, device.tenant());
      write(
          handle,
          device,
          "INSERT INTO device"
              + " (mac, tenant_id, model, label, variables, username, password, sip_settings,"
              + " push_settings) VALUES (:mac, :tenant, :model, :label, :variables, :username,"
              + " :password, :sip, :push)");
      handle
          .createUpdate("DELETE FROM unknown_device WHERE mac = :mac")
          .bind("mac", device.mac().value())
          .execute();
      return new PutOutcome.Created(device);
    });
  }

  @Override
  public boolean delete(TenantId tenant, MacAddress mac) {
    // The device's status and recent requests go by ON DELETE CASCADE.
    return database.transaction(handle ->
        handle
                .createUpdate("DELETE FROM device WHERE tenant_id = :tenant AND mac = :mac")
                .bind("tenant", tenant.value())
                .bind("mac", mac.value())
                .execute()
            > 0);
  }

  private void write(Handle handle, Device device, String sql) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("mac", device.mac().value());
    columns.put("tenant", device.tenant().value());
    columns.put("model", device.model().orElse(null));
    columns.put("label", device.label().orElse(null));
    columns.put("variables", json.write(device.variables()));
    columns.put("username", device.credentials().map(Credentials::username).orElse(null));
    columns.put("password", device.credentials().map(Credentials::password).orElse(null));
    columns.put("sip", checkSync.sip(device.sip()));
    columns.put("push", checkSync.push(device.push()));
    handle.createUpdate(sql).bindMap(columns).execute();
  }

  private Device device(ResultSet row) throws SQLException {
    String username = row.getString("username");
    Optional<Credentials> credentials =
        username == null
            ? Optional.empty()
            : Optional.of(new Credentials(username, row.getString("password")));
    return new Device(
        new TenantId(row.getString("tenant_id")),
        new MacAddress(row.getString("mac")),
        SqlValues.optional(row, "model"),
        SqlValues.optional(row, "label"),
        json.read(row.getString("variables")),
        credentials,
        checkSync.sip(row.getString("sip_settings")),
        checkSync.push(row.getString("push_settings")));
  }
}
