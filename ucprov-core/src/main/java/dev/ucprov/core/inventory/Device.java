package dev.ucprov.core.inventory;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.TenantId;
import java.util.Map;
import java.util.Optional;

/**
 * A phone the operator has claimed for a tenant. A MAC belongs to at most one tenant.
 *
 * @param tenant the owner
 * @param mac the phone
 * @param model the model token the operator expects ({@code VVX_410}), when set
 * @param label for people (a user's name, a desk)
 * @param variables values templates see as {@code device.variables}
 * @param credentials the device's own credentials, when it has them
 */
public record Device(
    TenantId tenant,
    MacAddress mac,
    Optional<String> model,
    Optional<String> label,
    Map<String, String> variables,
    Optional<Credentials> credentials) {

  public Device {
    variables = Map.copyOf(variables);
  }
}
