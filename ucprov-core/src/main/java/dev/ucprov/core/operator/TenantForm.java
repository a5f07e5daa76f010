package dev.ucprov.core.operator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant as an operator sends it ({@code PUT /api/v1/tenants/{tenant}}), not yet checked. An
 * absent list, map or credentials ({@code null}) is empty; {@code networks} are CIDR texts;
 * elements may still be {@code null} and are refused by {@link TenantCatalog#put}.
 */
public record TenantForm(
    String name,
    List<String> hostnames,
    Optional<CredentialsForm> credentials,
    Map<String, String> variables,
    Optional<SipProxyForm> sip,
    List<String> networks,
    boolean factoryAccount) {

  public TenantForm {
    networks =
        networks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(networks));
    hostnames =
        hostnames == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(hostnames));
    credentials = credentials == null ? Optional.empty() : credentials;
    variables =
        variables == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(variables));
    sip = sip == null ? Optional.empty() : sip;
  }

  /** A tenant without a SIP proxy. */
  public TenantForm(
      String name,
      List<String> hostnames,
      Optional<CredentialsForm> credentials,
      Map<String, String> variables) {
    this(name, hostnames, credentials, variables, Optional.empty(), List.of(), false);
  }

  /** A tenant without networks or the factory account. */
  public TenantForm(
      String name,
      List<String> hostnames,
      Optional<CredentialsForm> credentials,
      Map<String, String> variables,
      Optional<SipProxyForm> sip) {
    this(name, hostnames, credentials, variables, sip, List.of(), false);
  }
}
