package dev.ucprov.core.template;

import java.util.Map;
import java.util.Optional;

/**
 * What a template sees: {@code device} (mac, model, label, variables), {@code tenant} (id, name,
 * variables) and {@code server} (its URLs). Plain values so any engine can expose them.
 *
 * @param device the device the file is rendered for; empty for a file that names no MAC
 */
public record RenderContext(
    Optional<DeviceValues> device, TenantValues tenant, ServerValues server) {

  /** {@code device.mac}, {@code device.model}, {@code device.label}, {@code device.variables}. */
  public record DeviceValues(
      String mac, String model, String label, Map<String, String> variables) {
    public DeviceValues {
      variables = Map.copyOf(variables);
    }
  }

  /** {@code tenant.id}, {@code tenant.name}, {@code tenant.variables}. */
  public record TenantValues(String id, String name, Map<String, String> variables) {
    public TenantValues {
      variables = Map.copyOf(variables);
    }
  }

  /**
   * {@code server.httpUrl}, {@code server.httpsUrl}: base URLs of this tenant's provisioning tree
   * (with the tenant prefix when the tenant is reached by path), {@code ""} when not served.
   */
  public record ServerValues(String httpUrl, String httpsUrl) {}
}
