package dev.ucprov.core.testing;

import dev.ucprov.core.checksync.JobRepository;
import dev.ucprov.core.contract.JobRepositoryContract;
import dev.ucprov.core.tenant.TenantRepository;

class InMemoryJobRepositoryTest implements JobRepositoryContract {

  private final InMemoryStore store = new InMemoryStore();

  @Override
  public TenantRepository tenants() {
    return store.tenants();
  }

  @Override
  public JobRepository jobs() {
    return store.jobs();
  }
}
