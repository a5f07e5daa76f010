package dev.ucprov.core.operator;

import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.lint.Finding;
import dev.ucprov.core.lint.Linter;
import dev.ucprov.core.provisioning.ServedFiles;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.util.List;
import java.util.Optional;

/**
 * The operator's views of what phones get: a device's effective configuration, computed from
 * exactly what the server would serve it, and the lint findings of a tenant's files as served.
 * Thread-safe.
 */
public final class Inspection {

  private final TenantRepository tenants;
  private final DeviceCatalog devices;
  private final DeviceInventory inventory;
  private final ServedFiles served;
  private final EffectiveConfigResolver resolver;
  private final Linter linter;

  public Inspection(
      TenantRepository tenants,
      DeviceCatalog devices,
      DeviceInventory inventory,
      ServedFiles served,
      EffectiveConfigResolver resolver,
      Linter linter) {
    this.tenants = tenants;
    this.devices = devices;
    this.inventory = inventory;
    this.served = served;
    this.resolver = resolver;
    this.linter = linter;
  }

  /**
   * What the device ends up with. Its model is the one the operator set or, when none is set, the
   * one the phone last reported.
   */
  public Outcome<EffectiveConfig> effectiveConfig(String tenant, String mac) {
    Outcome<Device> found = devices.find(tenant, mac);
    if (!(found instanceof Outcome.Ok<Device>(Device device))) {
      return found.asRefusal();
    }
    Optional<Tenant> owner = tenants.find(device.tenant());
    if (owner.isEmpty()) {
      return TenantCatalog.unknown(tenant);
    }
    Optional<String> model =
        device
            .model()
            .or(() -> inventory.status(device.mac()).flatMap(DeviceStatus::reportedModel));
    return new Outcome.Ok<>(
        resolver.resolve(served.deviceTree(owner.get(), device), device.mac(), model));
  }

  /** The lint findings of the tenant's files, shared ones included, as phones get them. */
  public Outcome<List<Finding>> lint(String tenant) {
    Optional<Tenant> owner =
        TenantId.isValid(tenant) ? tenants.find(new TenantId(tenant)) : Optional.empty();
    return owner
        .<Outcome<List<Finding>>>map(t -> new Outcome.Ok<>(linter.lint(served.tenantTree(t), t)))
        .orElseGet(() -> TenantCatalog.unknown(tenant));
  }
}
