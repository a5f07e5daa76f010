package dev.ucprov.core.operator;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.inventory.DeviceRepository.Listed;
import dev.ucprov.core.inventory.DeviceRepository.Page;
import dev.ucprov.core.inventory.DeviceRepository.PutOutcome;
import dev.ucprov.core.inventory.PushSettings;
import dev.ucprov.core.inventory.SipSettings;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.operator.Fields.Checked;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's devices as operators manage them, with what each was last seen doing. A MAC belongs to
 * at most one tenant: claiming one another tenant holds is a conflict. Thread-safe.
 */
public final class DeviceCatalog {

  private final TenantRepository tenants;
  private final DeviceRepository devices;
  private final DeviceInventory inventory;

  public DeviceCatalog(
      TenantRepository tenants, DeviceRepository devices, DeviceInventory inventory) {
    this.tenants = tenants;
    this.devices = devices;
    this.inventory = inventory;
  }

  /** Claims {@code mac} for the tenant, or replaces the device there, with what the form says. */
  public Outcome<Device> put(String tenant, String mac, DeviceForm form) {
    Optional<Tenant> owner = tenant(tenant);
    if (owner.isEmpty()) {
      return TenantCatalog.unknown(tenant);
    }
    Outcome<Device> checked = checked(owner.get(), mac, form);
    if (!(checked instanceof Outcome.Ok<Device>(Device device))) {
      return checked;
    }
    try {
      return switch (devices.put(device)) {
        case PutOutcome.Created(Device created) -> new Outcome.Created<>(created);
        case PutOutcome.Updated(Device updated) -> new Outcome.Ok<>(updated);
        case PutOutcome.ClaimedElsewhere(MacAddress claimed, TenantId other) ->
            new Outcome.Conflict<>("mac: " + claimed + " is a device of tenant " + other);
      };
    } catch (IllegalArgumentException tenantDeletedMeanwhile) {
      return TenantCatalog.unknown(tenant);
    }
  }

  /** The device the form describes, or the refusal of its first wrong field. */
  private Outcome<Device> checked(Tenant owner, String mac, DeviceForm form) {
    Checked<MacAddress> address = Fields.mac(mac);
    Checked<Optional<String>> model = Fields.model(form.model());
    Checked<Optional<String>> label = Fields.text("label", form.label());
    Checked<Map<String, String>> variables = Fields.variables("variables", form.variables());
    Optional<Device> stored = stored(owner, address);
    Checked<Optional<Credentials>> credentials =
        Fields.credentials("credentials", form.credentials(), stored.flatMap(Device::credentials));
    Checked<Optional<SipSettings>> sip =
        CheckSyncFields.sip(form.sip(), stored.flatMap(Device::sip));
    Checked<Optional<PushSettings>> push =
        CheckSyncFields.push(form.push(), stored.flatMap(Device::push));
    return Fields.<Device>refusal(address, model, label, variables, credentials, sip, push)
        .orElseGet(() ->
            new Outcome.Ok<>(
                new Device(
                    owner.id(),
                    address.value(),
                    model.value(),
                    label.value(),
                    variables.value(),
                    credentials.value(),
                    sip.value(),
                    push.value())));
  }

  /** The device this tenant has at that address now, whose passwords a masked one keeps. */
  private Optional<Device> stored(Tenant owner, Checked<MacAddress> address) {
    if (!(address instanceof Checked.Good<MacAddress>(MacAddress mac))) {
      return Optional.empty();
    }
    return devices.find(mac).filter(device -> device.tenant().equals(owner.id()));
  }

  /** The device with its status. */
  public Outcome<Listed> get(String tenant, String mac) {
    return find(tenant, mac).map(device -> new Listed(device, inventory.status(device.mac())));
  }

  /** Releases the device; gives back what was removed. */
  public Outcome<Device> delete(String tenant, String mac) {
    Outcome<Device> found = find(tenant, mac);
    if (found instanceof Outcome.Ok<Device>(Device device)
        && !devices.delete(device.tenant(), device.mac())) {
      return unknownDevice(device.mac().value(), tenant);
    }
    return found;
  }

  /** A page of the tenant's devices, ordered by MAC, filtered as the search says. */
  public Outcome<Page> list(String tenant, DeviceSearch search) {
    Optional<Tenant> owner = tenant(tenant);
    if (owner.isEmpty()) {
      return TenantCatalog.unknown(tenant);
    }
    Checked<DeviceQuery> query = Searches.query(search);
    Optional<Outcome<Page>> refused = Fields.refusal(query);
    return refused.orElseGet(() -> new Outcome.Ok<>(devices.list(owner.get().id(), query.value())));
  }

  /** Phones that asked the tenant for their files but are claimed by no tenant. */
  public Outcome<List<UnknownDevice>> unknownDevices(String tenant) {
    return tenant(tenant)
        .<Outcome<List<UnknownDevice>>>map(t -> new Outcome.Ok<>(inventory.unknownDevices(t.id())))
        .orElseGet(() -> TenantCatalog.unknown(tenant));
  }

  /** The tenant's device with that MAC, or why there is none. */
  Outcome<Device> find(String tenant, String mac) {
    Optional<Tenant> owner = tenant(tenant);
    if (owner.isEmpty()) {
      return TenantCatalog.unknown(tenant);
    }
    Checked<MacAddress> address = Fields.mac(mac);
    Optional<Outcome<Device>> refused = Fields.refusal(address);
    if (refused.isPresent()) {
      return refused.get();
    }
    return devices
        .find(address.value())
        .filter(device -> device.tenant().equals(owner.get().id()))
        .<Outcome<Device>>map(Outcome.Ok::new)
        .orElseGet(() -> unknownDevice(address.value().value(), tenant));
  }

  private Optional<Tenant> tenant(String id) {
    return TenantId.isValid(id) ? tenants.find(new TenantId(id)) : Optional.empty();
  }

  private static <T> Outcome<T> unknownDevice(String mac, String tenant) {
    return new Outcome.NotFound<>("no device " + mac + " in tenant " + tenant);
  }
}
