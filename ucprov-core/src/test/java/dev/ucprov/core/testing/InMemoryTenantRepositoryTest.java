package dev.ucprov.core.testing;

import dev.ucprov.core.contract.TenantRepositoryContract;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.TenantRepository;

class InMemoryTenantRepositoryTest implements TenantRepositoryContract {

  private final InMemoryStore store = new InMemoryStore();

  @Override
  public TenantRepository tenants() {
    return store.tenants();
  }

  @Override
  public DeviceRepository devices() {
    return store.devices();
  }

  @Override
  public DeviceInventory inventory() {
    return store.inventory();
  }

  @Override
  public FileRepository files() {
    return store.files();
  }
}
