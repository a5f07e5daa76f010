package dev.ucprov.core.inventory;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Where claimed devices are kept. Thread-safe; each method one transaction.
 *
 * <p>Contract (tested on every backend by {@code DeviceRepositoryContract}): a MAC belongs to at
 * most one tenant; claiming it in a second tenant changes nothing and reports the owner.
 */
public interface DeviceRepository {

  /** The device with this MAC, in whichever tenant. */
  Optional<Device> find(MacAddress mac);

  /**
   * A tenant's devices whose own credentials carry this user name (compared exactly), ordered by
   * MAC. User names need not be unique, so a phone's password proof is tried against each: this is
   * how device credentials presented for a shared file identify the device.
   */
  List<Device> findByUsername(TenantId tenant, String username);

  /**
   * The devices of every tenant whose own credentials carry this user name (compared exactly),
   * ordered by tenant, then MAC. For protocols whose login names no tenant (FTP): the password then
   * picks among them.
   */
  List<Device> findAllByUsername(String username);

  /** A tenant's devices matching the query, ordered by MAC, with their status. */
  Page list(TenantId tenant, DeviceQuery query);

  /**
   * Claims a device for its tenant, or replaces it there.
   *
   * @throws IllegalArgumentException when the device's tenant does not exist
   */
  PutOutcome put(Device device);

  /** false when the tenant has no such device. */
  boolean delete(TenantId tenant, MacAddress mac);

  /** A page of devices and the total that matched. */
  record Page(List<Listed> devices, long total) {
    public Page {
      devices = List.copyOf(devices);
    }
  }

  /** A device with what it was last seen doing, if ever. */
  record Listed(Device device, Optional<DeviceStatus> status) {}

  /** What a put did. */
  sealed interface PutOutcome {
    record Created(Device device) implements PutOutcome {}

    record Updated(Device device) implements PutOutcome {}

    /** Nothing changed: the MAC is claimed by another tenant. */
    record ClaimedElsewhere(MacAddress mac, TenantId owner) implements PutOutcome {}
  }
}
