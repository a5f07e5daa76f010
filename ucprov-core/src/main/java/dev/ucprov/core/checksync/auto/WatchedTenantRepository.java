package dev.ucprov.core.checksync.auto;

import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.util.List;
import java.util.Optional;

/**
 * A {@link TenantRepository} that reports a replaced tenant whose name or variables changed: what
 * templates see of it ({@code tenant.name}, {@code tenant.variables}), so every device's files may
 * differ. A new tenant has no device yet; credentials and the SIP proxy are not in any file.
 * Thread-safe when the delegate is.
 */
public final class WatchedTenantRepository implements TenantRepository {

  private final TenantRepository delegate;
  private final ChangeSink sink;

  public WatchedTenantRepository(TenantRepository delegate, ChangeSink sink) {
    this.delegate = delegate;
    this.sink = sink;
  }

  @Override
  public PutOutcome put(Tenant tenant) {
    Optional<Tenant> before = delegate.find(tenant.id());
    PutOutcome outcome = delegate.put(tenant);
    if (outcome instanceof PutOutcome.Updated(Tenant after)
        && before.isPresent()
        && (!before.get().name().equals(after.name())
            || !before.get().variables().equals(after.variables()))) {
      sink.changed(new Change.OfTenant(after.id()));
    }
    return outcome;
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    return delegate.find(id);
  }

  @Override
  public Optional<Tenant> findByHostname(String hostname) {
    return delegate.findByHostname(hostname);
  }

  @Override
  public Optional<Tenant> findByAddress(String sourceAddress) {
    return delegate.findByAddress(sourceAddress);
  }

  @Override
  public List<Tenant> list() {
    return delegate.list();
  }

  @Override
  public boolean delete(TenantId id) {
    return delegate.delete(id);
  }
}
