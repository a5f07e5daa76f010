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
 */
public record Tenant(
    TenantId id,
    String name,
    List<String> hostnames,
    Optional<Credentials> credentials,
    Map<String, String> variables) {

  public Tenant {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a tenant needs a name");
    }
    hostnames = List.copyOf(hostnames);
    variables = Map.copyOf(variables);
  }
}
