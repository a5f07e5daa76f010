package dev.ucprov.store;

import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Network;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Reads and writes the rows of {@code tenant} and {@code tenant_hostname}. Thread-safe. */
final class TenantRows {

  private final JsonVariables json = new JsonVariables();
  private final CheckSyncColumns checkSync = new CheckSyncColumns();

  /**
   * Refuses to write for a tenant that does not exist, with a message naming it, rather than let
   * the foreign key fail with a database error.
   */
  static void requireExists(Handle handle, TenantId tenant) {
    boolean exists =
        handle
                .createQuery("SELECT COUNT(*) FROM tenant WHERE id = :id")
                .bind("id", tenant.value())
                .mapTo(Integer.class)
                .one()
            > 0;
    if (!exists) {
      throw new IllegalArgumentException("no tenant \"" + tenant + "\"");
    }
  }

  Optional<Tenant> find(Handle handle, String id) {
    List<String> hostnames =
        handle
            .createQuery(
                "SELECT hostname FROM tenant_hostname WHERE tenant_id = :id ORDER BY position")
            .bind("id", id)
            .mapTo(String.class)
            .list();
    return handle
        .createQuery("SELECT * FROM tenant WHERE id = :id")
        .bind("id", id)
        .map((row, context) -> tenant(row, hostnames))
        .findOne();
  }

  /** Every tenant, in no particular order. */
  List<Tenant> all(Handle handle) {
    Map<String, List<String>> hostnames = new HashMap<>();
    handle
        .createQuery("SELECT tenant_id, hostname FROM tenant_hostname ORDER BY position")
        .map((row, context) -> Map.entry(row.getString("tenant_id"), row.getString("hostname")))
        .forEach(entry ->
            hostnames
                .computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                .add(entry.getValue()));
    return new ArrayList<>(
        handle
            .createQuery("SELECT * FROM tenant")
            .map((row, context) ->
                tenant(row, hostnames.getOrDefault(row.getString("id"), List.of())))
            .list());
  }

  /** Writes the tenant's own row; false when there was none to update. */
  boolean update(Handle handle, Tenant tenant) {
    return handle
            .createUpdate(
                "UPDATE tenant SET name = :name, username = :username, password = :password,"
                    + " variables = :variables, sip_settings = :sip, networks = :networks,"
                    + " factory_account = :factory WHERE id = :id")
            .bindMap(columns(tenant))
            .execute()
        > 0;
  }

  void insert(Handle handle, Tenant tenant) {
    handle
        .createUpdate(
            "INSERT INTO tenant (id, name, username, password, variables, sip_settings,"
                + " networks, factory_account) VALUES (:id, :name, :username, :password,"
                + " :variables, :sip, :networks, :factory)")
        .bindMap(columns(tenant))
        .execute();
  }

  /** Replaces the tenant's host names, which must already be in lower case. */
  static void replaceHostnames(Handle handle, Tenant tenant) {
    handle
        .createUpdate("DELETE FROM tenant_hostname WHERE tenant_id = :id")
        .bind("id", tenant.id().value())
        .execute();
    if (tenant.hostnames().isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO tenant_hostname (hostname, tenant_id, position) VALUES (:h, :id, :p)");
    for (int i = 0; i < tenant.hostnames().size(); i++) {
      batch.bind("h", tenant.hostnames().get(i)).bind("id", tenant.id().value()).bind("p", i);
      batch.add();
    }
    batch.execute();
  }

  private Map<String, Object> columns(Tenant tenant) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("id", tenant.id().value());
    columns.put("name", tenant.name());
    columns.put("username", tenant.credentials().map(Credentials::username).orElse(null));
    columns.put("password", tenant.credentials().map(Credentials::password).orElse(null));
    columns.put("variables", json.write(tenant.variables()));
    columns.put("sip", checkSync.proxy(tenant.sip()));
    columns.put("networks", networks(tenant.networks()));
    columns.put("factory", tenant.factoryAccount());
    return columns;
  }

  private Tenant tenant(ResultSet row, List<String> hostnames) throws SQLException {
    String username = row.getString("username");
    Optional<Credentials> credentials =
        username == null
            ? Optional.empty()
            : Optional.of(new Credentials(username, row.getString("password")));
    return new Tenant(
        new TenantId(row.getString("id")),
        row.getString("name"),
        hostnames,
        credentials,
        json.read(row.getString("variables")),
        checkSync.proxy(row.getString("sip_settings")),
        networks(row.getString("networks")),
        row.getBoolean("factory_account"));
  }

  /** The networks of every tenant but {@code except}, by tenant id. */
  static Map<String, List<Network>> otherNetworks(Handle handle, String except) {
    Map<String, List<Network>> out = new HashMap<>();
    handle
        .createQuery("SELECT id, networks FROM tenant WHERE id <> :id AND networks IS NOT NULL")
        .bind("id", except)
        .map((row, context) -> Map.entry(row.getString("id"), networks(row.getString("networks"))))
        .forEach(entry -> out.put(entry.getKey(), entry.getValue()));
    return out;
  }

  private static String networks(List<Network> networks) {
    if (networks.isEmpty()) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (Network network : networks) {
      s.append(s.isEmpty() ? "" : ",").append(network);
    }
    return s.toString();
  }

  private static List<Network> networks(String column) {
    if (column == null || column.isEmpty()) {
      return List.of();
    }
    List<Network> out = new ArrayList<>();
    for (String text : column.split(",")) {
      switch (Network.parse(text)) {
        case Network.Parsed.Valid(Network network) -> out.add(network);
        case Network.Parsed.Invalid(String problem) ->
            throw new IllegalStateException("tenant.networks holds " + problem);
      }
    }
    return out;
  }
}
