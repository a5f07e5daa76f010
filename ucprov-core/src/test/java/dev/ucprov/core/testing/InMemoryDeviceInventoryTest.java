package dev.ucprov.core.testing;

import dev.ucprov.core.contract.DeviceInventoryContract;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.TenantRepository;

class InMemoryDeviceInventoryTest implements DeviceInventoryContract {

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
}
