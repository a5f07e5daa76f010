package dev.ucprov.core.inventory;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sightings folded per tenant and MAC as they arrive ({@link DeviceActivity}), for {@link
 * DeviceInventory#record(ActivityBatch)}: what a batch holds grows with the devices seen, not with
 * their requests, and no sighting is kept once folded. A sighting naming no MAC is counted and
 * otherwise ignored: the inventory keeps nothing of it. Not thread-safe.
 */
public final class ActivityBatch {

  private record Key(TenantId tenant, MacAddress mac) {}

  private final Map<Key, DeviceActivity> activities = new HashMap<>();
  private int sightings;

  /** The sightings folded in order. */
  public static ActivityBatch of(List<Sighting> sightings) {
    ActivityBatch batch = new ActivityBatch();
    sightings.forEach(batch::add);
    return batch;
  }

  /** Folds in a sighting later than those added before. */
  public void add(Sighting sighting) {
    sightings++;
    if (sighting.mac().isEmpty()) {
      return;
    }
    MacAddress mac = sighting.mac().get();
    activities
        .computeIfAbsent(
            new Key(sighting.tenant(), mac), key -> new DeviceActivity(key.tenant, mac))
        .add(sighting);
  }

  /** How many sightings were added, those naming no MAC too. */
  public int sightings() {
    return sightings;
  }

  /** How many tenant and MAC pairs the batch holds an activity for. */
  public int devices() {
    return activities.size();
  }

  public boolean isEmpty() {
    return sightings == 0;
  }

  /** One activity per tenant and MAC seen, in no particular order. */
  public Collection<DeviceActivity> activities() {
    return activities.values();
  }
}
