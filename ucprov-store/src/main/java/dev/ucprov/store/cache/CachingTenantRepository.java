package dev.ucprov.store.cache;

import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tenants looked up by id or host name from a cache, the delegate asked only on a miss; writes go
 * through and then invalidate. Thread-safe when the delegate is.
 */
public final class CachingTenantRepository implements TenantRepository {

  private final TenantRepository delegate;
  private final StoreCache cache;

  public CachingTenantRepository(TenantRepository delegate, StoreCache cache) {
    this.delegate = delegate;
    this.cache = cache;
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    return cache.tenantsById().get(id, delegate::find);
  }

  /** Host names compare case-insensitively, so one entry serves every spelling. */
  @Override
  public Optional<Tenant> findByHostname(String hostname) {
    return cache
        .tenantsByHostname()
        .get(hostname.toLowerCase(Locale.ROOT), delegate::findByHostname);
  }

  @Override
  public Optional<Tenant> findByAddress(String sourceAddress) {
    return cache.tenantsByAddress().get(sourceAddress, delegate::findByAddress);
  }

  @Override
  public List<Tenant> list() {
    return delegate.list();
  }

  @Override
  public PutOutcome put(Tenant tenant) {
    try {
      return delegate.put(tenant);
    } finally {
      cache.tenantChanged(tenant.id());
    }
  }

  @Override
  public boolean delete(TenantId id) {
    try {
      return delegate.delete(id);
    } finally {
      cache.tenantDeleted(id);
    }
  }
}
