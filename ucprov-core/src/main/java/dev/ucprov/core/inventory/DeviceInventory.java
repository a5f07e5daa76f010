package dev.ucprov.core.inventory;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * What phones were seen doing. Written in batches by a recorder that sits off the request path, so
 * a boot storm costs one transaction per batch, not one per request.
 *
 * <p>Contract (tested on every backend by {@code DeviceInventoryContract}): a batch is applied in
 * order; for a device claimed by the tenant the sighting reached it updates the status (last seen,
 * address, protocol; reported model and versions from the User-Agent, the application version only
 * from {@code Type/Application}, the updater version only from {@code Type/Updater}) and keeps the
 * newest {@link #RECENT_REQUESTS} requests; a sighting naming a MAC no tenant has claimed updates
 * that tenant's unknown-device entry; a sighting naming a MAC another tenant claimed, or naming no
 * MAC, changes nothing. A reported model or version that a User-Agent does not tell keeps its
 * previous value. Claiming a MAC removes it from the unknown devices; deleting a device deletes its
 * status.
 *
 * <p>A batch arrives folded per tenant and MAC ({@link ActivityBatch}): applying each device's
 * activity must give what applying its sightings one by one would.
 */
public interface DeviceInventory {

  int RECENT_REQUESTS = 100;

  /** Records a batch of sightings folded as they arrived. */
  void record(ActivityBatch batch);

  /** Records these sightings, in order, as one batch. */
  default void record(List<Sighting> batch) {
    record(ActivityBatch.of(batch));
  }

  Optional<DeviceStatus> status(MacAddress mac);

  /** Phones waiting to be claimed in a tenant, most recently seen first. */
  List<UnknownDevice> unknownDevices(TenantId tenant);
}
