package dev.ucprov.core.operator;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A device as an operator sends it ({@code PUT /api/v1/tenants/{tenant}/devices/{mac}}), not yet
 * checked; every field may be absent ({@code null} or empty).
 */
public record DeviceForm(
    Optional<String> model,
    Optional<String> label,
    Map<String, String> variables,
    Optional<CredentialsForm> credentials,
    Optional<SipForm> sip,
    Optional<PushForm> push) {

  public DeviceForm {
    model = model == null ? Optional.empty() : model;
    label = label == null ? Optional.empty() : label;
    variables =
        variables == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(variables));
    credentials = credentials == null ? Optional.empty() : credentials;
    sip = sip == null ? Optional.empty() : sip;
    push = push == null ? Optional.empty() : push;
  }

  /** A device without check-sync settings. */
  public DeviceForm(
      Optional<String> model,
      Optional<String> label,
      Map<String, String> variables,
      Optional<CredentialsForm> credentials) {
    this(model, label, variables, credentials, Optional.empty(), Optional.empty());
  }

  /** A device with nothing set. */
  public static DeviceForm empty() {
    return new DeviceForm(Optional.empty(), Optional.empty(), Map.of(), Optional.empty());
  }
}
