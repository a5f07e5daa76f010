package dev.ucprov.store;

import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Tenants in the {@code tenant} table, their host names in {@code tenant_hostname}, stored in lower
 * case so that its primary key makes them unique case-insensitively. Thread-safe.
 */
public final class JdbcTenantRepository implements TenantRepository {

  /** The longest DNS name. */
  static final int MAX_HOSTNAME = 253;

  private final Database database;
  private final JsonVariables json = new JsonVariables();

  public JdbcTenantRepository(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    return database.read(handle -> find(handle, id.value()));
  }

  @Override
  public Optional<Tenant> findByHostname(String hostname) {
    String key = hostname.toLowerCase(Locale.ROOT);
    return database.read(handle ->
        handle
            .createQuery("SELECT tenant_id FROM tenant_hostname WHERE hostname = :hostname")
            .bind("hostname", key)
            .mapTo(String.class)
            .findOne()
            .flatMap(id -> find(handle, id)));
  }

  @Override
  public List<Tenant> list() {
    List<Tenant> tenants =
        database.transaction(handle -> {
          Map<String, List<String>> hostnames = new HashMap<>();
          handle
              .createQuery("SELECT tenant_id, hostname FROM tenant_hostname ORDER BY position")
              .map((row, context) ->
                  Map.entry(row.getString("tenant_id"), row.getString("hostname")))
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
        });
    // Sorted here, not by the database, whose collation may order hyphens differently.
    tenants.sort(Comparator.comparing(tenant -> tenant.id().value()));
    return tenants;
  }

  @Override
  public PutOutcome put(Tenant tenant) {
    Tenant stored = normalised(tenant);
    return database.transaction(handle -> {
      Optional<PutOutcome> taken = hostnameTaken(handle, stored);
      if (taken.isPresent()) {
        return taken.get();
      }
      boolean existed = update(handle, stored);
      if (!existed) {
        insert(handle, stored);
      }
      replaceHostnames(handle, stored);
      return existed ? new PutOutcome.Updated(stored) : new PutOutcome.Created(stored);
    });
  }

  @Override
  public boolean delete(TenantId id) {
    // Devices, their status and requests, unknown devices and files go by ON DELETE CASCADE.
    return database.transaction(handle ->
        handle.createUpdate("DELETE FROM tenant WHERE id = :id").bind("id", id.value()).execute()
            > 0);
  }

  /** Host names in lower case, each once, in the order given. */
  private static Tenant normalised(Tenant tenant) {
    LinkedHashSet<String> hostnames = new LinkedHashSet<>();
    for (String hostname : tenant.hostnames()) {
      if (hostname.isBlank() || hostname.length() > MAX_HOSTNAME) {
        throw new IllegalArgumentException(
            "tenant " + tenant.id() + ": host name must be 1 to " + MAX_HOSTNAME + " characters");
      }
      hostnames.add(hostname.toLowerCase(Locale.ROOT));
    }
    return new Tenant(
        tenant.id(),
        tenant.name(),
        List.copyOf(hostnames),
        tenant.credentials(),
        tenant.variables());
  }

  private static Optional<PutOutcome> hostnameTaken(Handle handle, Tenant tenant) {
    for (String hostname : tenant.hostnames()) {
      Optional<String> owner =
          handle
              .createQuery("SELECT tenant_id FROM tenant_hostname WHERE hostname = :hostname")
              .bind("hostname", hostname)
              .mapTo(String.class)
              .findOne();
      if (owner.isPresent() && !owner.get().equals(tenant.id().value())) {
        return Optional.of(new PutOutcome.HostnameTaken(hostname, new TenantId(owner.get())));
      }
    }
    return Optional.empty();
  }

  private boolean update(Handle handle, Tenant tenant) {
    return handle
            .createUpdate(
                "UPDATE tenant SET name = :name, username = :username, password = :password,"
                    + " variables = :variables WHERE id = :id")
            .bindMap(columns(tenant))
            .execute()
        > 0;
  }

  private void insert(Handle handle, Tenant tenant) {
    handle
        .createUpdate(
            "INSERT INTO tenant (id, name, username, password, variables)"
                + " VALUES (:id, :name, :username, :password, :variables)")
        .bindMap(columns(tenant))
        .execute();
  }

  private Map<String, Object> columns(Tenant tenant) {
    Map<String, Object> columns = new HashMap<>();
    columns.put("id", tenant.id().value());
    columns.put("name", tenant.name());
    columns.put("username", tenant.credentials().map(Credentials::username).orElse(null));
    columns.put("password", tenant.credentials().map(Credentials::password).orElse(null));
    columns.put("variables", json.write(tenant.variables()));
    return columns;
  }

  private static void replaceHostnames(Handle handle, Tenant tenant) {
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

  private Optional<Tenant> find(Handle handle, String id) {
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
        json.read(row.getString("variables")));
  }
}
