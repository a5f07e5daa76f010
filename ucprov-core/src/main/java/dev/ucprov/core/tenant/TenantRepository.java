package dev.ucprov.core.tenant;

import java.util.List;
import java.util.Optional;

/**
 * Where tenants are kept. Implementations are thread-safe; every method is one transaction.
 *
 * <p>Contract (tested on every backend by {@code TenantRepositoryContract}): host names are unique
 * across tenants, compared case-insensitively; a put that would take another tenant's host name
 * changes nothing and reports the owner. Likewise no two tenants' {@linkplain Tenant#networks()
 * networks} overlap.
 */
public interface TenantRepository {

  Optional<Tenant> find(TenantId id);

  /** The tenant that owns a host name (case-insensitive, without port). */
  Optional<Tenant> findByHostname(String hostname);

  /**
   * The tenant with a network holding {@code sourceAddress} (an address literal), for requests that
   * name no tenant. Networks never overlap across tenants, so there is at most one.
   */
  default Optional<Tenant> findByAddress(String sourceAddress) {
    for (Tenant tenant : list()) {
      if (tenant.reaches(sourceAddress)) {
        return Optional.of(tenant);
      }
    }
    return Optional.empty();
  }

  /** Every tenant, ordered by id. */
  List<Tenant> list();

  /** Creates or replaces a tenant. */
  PutOutcome put(Tenant tenant);

  /** Removes a tenant with its devices and files; false when there was none. */
  boolean delete(TenantId id);

  /** What a put did. */
  sealed interface PutOutcome {
    record Created(Tenant tenant) implements PutOutcome {}

    record Updated(Tenant tenant) implements PutOutcome {}

    /** Nothing changed: {@code hostname} already belongs to {@code owner}. */
    record HostnameTaken(String hostname, TenantId owner) implements PutOutcome {}

    /** Nothing changed: {@code network} overlaps {@code taken}, a network of {@code owner}. */
    record NetworkTaken(Network network, Network taken, TenantId owner) implements PutOutcome {}
  }
}
