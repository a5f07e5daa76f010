package dev.ucprov.core.tenant;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant as the operator defines it.
 *
 * @param id the path prefix and API key
 * @param name for people
 * @param hostnames host names that reach this tenant without a path prefix (lower case, no port);
 *     each belongs to at most one tenant
 * @param credentials what phones must present, when the tenant requires it
 * @param variables values templates see as {@code tenant.variables}
 * @param sip the outbound proxy or registrar check-sync NOTIFYs go through, when there is one
 */
public record Tenant(
    TenantId id,
    String name,
    List<String> hostnames,
    Optional<Credentials> credentials,
    Map<String, String> variables,
    Optional<SipProxy> sip) {

  public Tenant {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a tenant needs a name");
    }
    hostnames = List.copyOf(hostnames);
    variables = Map.copyOf(variables);
  }

  /** A tenant without a SIP proxy. */
  public Tenant(
      TenantId id,
      String name,
      List<String> hostnames,
      Optional<Credentials> credentials,
      Map<String, String> variables) {
    this(id, name, hostnames, credentials, variables, Optional.empty());
  }
}
