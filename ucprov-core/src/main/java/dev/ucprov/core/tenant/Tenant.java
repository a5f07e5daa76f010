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
 * @param networks where its phones are, for the protocols that carry no host name (TFTP) or no
 *     tenant in their login (FTP's factory account); no two tenants' networks overlap
 * @param factoryAccount whether the Polycom factory credentials ({@link #FACTORY_ACCOUNT}) act as
 *     this tenant's credentials: a phone fresh from the box logs in to FTP with them. Off unless
 *     the operator turns it on, since everyone knows that password.
 */
public record Tenant(
    TenantId id,
    String name,
    List<String> hostnames,
    Optional<Credentials> credentials,
    Map<String, String> variables,
    Optional<SipProxy> sip,
    List<Network> networks,
    boolean factoryAccount) {

  /** The user name and password UC Software phones use until provisioned (PlcmSpIp). */
  public static final Credentials FACTORY_ACCOUNT = new Credentials("PlcmSpIp", "PlcmSpIp");

  public Tenant {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a tenant needs a name");
    }
    hostnames = List.copyOf(hostnames);
    variables = Map.copyOf(variables);
    networks = List.copyOf(networks);
  }

  /** A tenant without networks or the factory account. */
  public Tenant(
      TenantId id,
      String name,
      List<String> hostnames,
      Optional<Credentials> credentials,
      Map<String, String> variables,
      Optional<SipProxy> sip) {
    this(id, name, hostnames, credentials, variables, sip, List.of(), false);
  }

  /** Whether {@code sourceAddress} is in one of the tenant's networks. */
  public boolean reaches(String sourceAddress) {
    for (Network network : networks) {
      if (network.contains(sourceAddress)) {
        return true;
      }
    }
    return false;
  }

  /** A tenant without a SIP proxy. */
  public Tenant(
      TenantId id,
      String name,
      List<String> hostnames,
      Optional<Credentials> credentials,
      Map<String, String> variables) {
    this(id, name, hostnames, credentials, variables, Optional.empty(), List.of(), false);
  }
}
