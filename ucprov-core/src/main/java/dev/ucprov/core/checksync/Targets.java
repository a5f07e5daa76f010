package dev.ucprov.core.checksync;

import dev.ucprov.core.checksync.TargetResolver.Resolution;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.util.Optional;

/**
 * Where a check-sync for a device of a tenant goes, as stored now: read when it is sent, so a job
 * uses the settings of the moment. Thread-safe.
 */
public final class Targets {

  private final TenantRepository tenants;
  private final DeviceRepository devices;
  private final DeviceInventory inventory;
  private final TargetResolver resolver = new TargetResolver();

  public Targets(TenantRepository tenants, DeviceRepository devices, DeviceInventory inventory) {
    this.tenants = tenants;
    this.devices = devices;
    this.inventory = inventory;
  }

  public Resolution resolve(TenantId tenant, MacAddress mac) {
    Optional<Tenant> owner = tenants.find(tenant);
    Optional<Device> device = devices.find(mac).filter(d -> d.tenant().equals(tenant));
    if (owner.isEmpty() || device.isEmpty()) {
      return new Resolution.Unreachable(
          Delivery.Via.SIP, "device " + mac + " is no longer in tenant " + tenant);
    }
    return resolver.resolve(owner.get(), device.get(), inventory.status(mac));
  }
}
