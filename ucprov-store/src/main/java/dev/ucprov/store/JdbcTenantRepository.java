package dev.ucprov.store;

import dev.ucprov.core.tenant.Network;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Tenants in the {@code tenant} table, their host names in {@code tenant_hostname}, stored in lower
 * case so that its primary key makes them unique case-insensitively. Thread-safe.
 */
public final class JdbcTenantRepository implements TenantRepository {

  /** The longest DNS name. */
  static final int MAX_HOSTNAME = 253;

  private final Database database;
  private final TenantRows rows = new TenantRows();

  public JdbcTenantRepository(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    return database.read(handle -> rows.find(handle, id.value()));
  }

  @Override
  public Optional<Tenant> findByHostname(String hostname) {
    return database.read(handle ->
        owner(handle, hostname.toLowerCase(Locale.ROOT)).flatMap(id -> rows.find(handle, id)));
  }

  @Override
  public List<Tenant> list() {
    List<Tenant> tenants = database.transaction(rows::all);
    // Sorted here, not by the database, whose collation may order hyphens differently.
    tenants.sort(Comparator.comparing(tenant -> tenant.id().value()));
    return tenants;
  }

  @Override
  public PutOutcome put(Tenant tenant) {
    Tenant stored = normalised(tenant);
    return database.transaction(handle -> {
      Optional<PutOutcome> taken = hostnameTaken(handle, stored);
      if (taken.isEmpty()) {
        taken = networkTaken(handle, stored);
      }
      if (taken.isPresent()) {
        return taken.get();
      }
      boolean existed = rows.update(handle, stored);
      if (!existed) {
        rows.insert(handle, stored);
      }
      TenantRows.replaceHostnames(handle, stored);
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
        tenant.variables(),
        tenant.sip(),
        List.copyOf(new LinkedHashSet<>(tenant.networks())),
        tenant.factoryAccount());
  }

  /**
   * The first of the tenant's networks that overlaps another tenant's. Two puts racing to take
   * overlapping networks could both pass on a database that does not serialise them; an operator
   * action, rare, and the router then picks one of them by id order: accepted.
   */
  private static Optional<PutOutcome> networkTaken(Handle handle, Tenant tenant) {
    if (tenant.networks().isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<Network>> others = TenantRows.otherNetworks(handle, tenant.id().value());
    for (Network network : tenant.networks()) {
      for (Map.Entry<String, List<Network>> other : new TreeMap<>(others).entrySet()) {
        for (Network taken : other.getValue()) {
          if (taken.overlaps(network)) {
            return Optional.of(
                new PutOutcome.NetworkTaken(network, taken, new TenantId(other.getKey())));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The first of the tenant's host names that another tenant owns, in the tenant's order. */
  private static Optional<PutOutcome> hostnameTaken(Handle handle, Tenant tenant) {
    for (String hostname : tenant.hostnames()) {
      Optional<String> owner = owner(handle, hostname);
      if (owner.isPresent() && !owner.get().equals(tenant.id().value())) {
        return Optional.of(new PutOutcome.HostnameTaken(hostname, new TenantId(owner.get())));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> owner(Handle handle, String hostname) {
    return handle
        .createQuery("SELECT tenant_id FROM tenant_hostname WHERE hostname = :hostname")
        .bind("hostname", hostname)
        .mapTo(String.class)
        .findOne();
  }
}
