package dev.ucprov.core.provisioning;

import dev.ucprov.core.inventory.Sighting;

/** Where sightings go once a reply is sent. Implementations must return at once. */
@FunctionalInterface
public interface SightingSink {

  void seen(Sighting sighting);

  /** A sink that keeps nothing, for tools that serve without an inventory. */
  static SightingSink discard() {
    return sighting -> {};
  }
}
