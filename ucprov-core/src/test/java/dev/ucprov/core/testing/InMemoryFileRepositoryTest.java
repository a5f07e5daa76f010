package dev.ucprov.core.testing;

import dev.ucprov.core.contract.FileRepositoryContract;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.tenant.TenantRepository;

class InMemoryFileRepositoryTest implements FileRepositoryContract {

  private final InMemoryStore store = new InMemoryStore();

  @Override
  public TenantRepository tenants() {
    return store.tenants();
  }

  @Override
  public FileRepository files() {
    return store.files();
  }
}
