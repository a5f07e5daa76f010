package dev.ucprov.core.testing;

import dev.ucprov.core.tenant.Network;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@link TenantRepository} in memory; see {@link InMemoryStore} for thread-safety. */
public final class InMemoryTenantRepository implements TenantRepository {

  private final InMemoryStore store;

  InMemoryTenantRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    synchronized (store) {
      return Optional.ofNullable(store.tenants.get(id.value()));
    }
  }

  @Override
  public Optional<Tenant> findByHostname(String hostname) {
    String wanted = hostname.toLowerCase(Locale.ROOT);
    synchronized (store) {
      return store.tenants.values().stream()
          .filter(tenant -> tenant.hostnames().contains(wanted))
          .findFirst();
    }
  }

  @Override
  public List<Tenant> list() {
    synchronized (store) {
      return List.copyOf(store.tenants.values());
    }
  }

  @Override
  public PutOutcome put(Tenant tenant) {
    Tenant normalised = normalised(tenant);
    synchronized (store) {
      for (String hostname : normalised.hostnames()) {
        Optional<Tenant> owner = findByHostname(hostname);
        if (owner.isPresent() && !owner.get().id().equals(tenant.id())) {
          return new PutOutcome.HostnameTaken(hostname, owner.get().id());
        }
      }
      Optional<PutOutcome> overlap = networkTaken(normalised);
      if (overlap.isPresent()) {
        return overlap.get();
      }
      Tenant before = store.tenants.put(tenant.id().value(), normalised);
      return before == null
          ? new PutOutcome.Created(normalised)
          : new PutOutcome.Updated(normalised);
    }
  }

  @Override
  public boolean delete(TenantId id) {
    synchronized (store) {
      if (store.tenants.remove(id.value()) == null) {
        return false;
      }
      store.dropTenantData(id);
      return true;
    }
  }

  private Optional<PutOutcome> networkTaken(Tenant tenant) {
    for (Network network : tenant.networks()) {
      for (Tenant other : store.tenants.values()) {
        if (other.id().equals(tenant.id())) {
          continue;
        }
        for (Network taken : other.networks()) {
          if (taken.overlaps(network)) {
            return Optional.of(new PutOutcome.NetworkTaken(network, taken, other.id()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Host names in lower case, each once, in the order first given. */
  private static Tenant normalised(Tenant tenant) {
    Set<String> hostnames = new LinkedHashSet<>();
    tenant.hostnames().forEach(h -> hostnames.add(h.toLowerCase(Locale.ROOT)));
    return new Tenant(
        tenant.id(),
        tenant.name(),
        new ArrayList<>(hostnames),
        tenant.credentials(),
        tenant.variables(),
        tenant.sip(),
        List.copyOf(new LinkedHashSet<>(tenant.networks())),
        tenant.factoryAccount());
  }
}
