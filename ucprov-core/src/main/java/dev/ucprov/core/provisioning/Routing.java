package dev.ucprov.core.provisioning;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.util.Optional;

/**
 * Where a request landed, as the inventory needs it once the reply is sent.
 *
 * @param tenant the tenant the request reached; empty when it reached none (then nothing is
 *     recorded)
 * @param mac the MAC the requested name carried (never the all-zero one), whether or not a device
 *     of the tenant has it: an unclaimed MAC is how an operator learns of a phone waiting
 */
public record Routing(Optional<TenantId> tenant, Optional<MacAddress> mac) {

  /** A request that reached no tenant. */
  public static Routing nowhere() {
    return new Routing(Optional.empty(), Optional.empty());
  }

  static Routing of(TenantId tenant, Optional<MacAddress> mac) {
    return new Routing(Optional.of(tenant), mac);
  }
}
