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
 * @param sip how a check-sync NOTIFY reaches it, when the operator said
 * @param push its Push API, when check-sync goes that way instead of SIP
 */
public record Device(
    TenantId tenant,
    MacAddress mac,
    Optional<String> model,
    Optional<String> label,
    Map<String, String> variables,
    Optional<Credentials> credentials,
    Optional<SipSettings> sip,
    Optional<PushSettings> push) {

  public Device {
    variables = Map.copyOf(variables);
  }

  /** A device without check-sync settings. */
  public Device(
      TenantId tenant,
      MacAddress mac,
      Optional<String> model,
      Optional<String> label,
      Map<String, String> variables,
      Optional<Credentials> credentials) {
    this(tenant, mac, model, label, variables, credentials, Optional.empty(), Optional.empty());
  }
}
