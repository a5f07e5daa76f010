package dev.ucprov.http.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.core.operator.CredentialsForm;
import dev.ucprov.core.operator.TenantForm;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Tenant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant in JSON: {@code {"id", "name", "hostnames": [...], "credentials": {"username",
 * "password": "***"} or null, "variables": {...}, "sip": {"proxy", "transport", "domain"} or null,
 * "networks": ["10.20.0.0/16", ...], "factoryAccount": false}}. A password is never sent back: it
 * shows as {@code "***"}; a PUT that sends {@code "***"} back keeps the stored password (decided in
 * the core, {@code CredentialsForm.MASKED}).
 */
final class TenantJson {

  static final String MASKED = CredentialsForm.MASKED;
  static final Set<String> FIELDS =
      Set.of("name", "hostnames", "credentials", "variables", "sip", "networks", "factoryAccount");

  private TenantJson() {}

  static ObjectNode of(Tenant tenant) {
    ObjectNode node = Json.object();
    node.put("id", tenant.id().value());
    node.put("name", tenant.name());
    ArrayNode hostnames = node.putArray("hostnames");
    tenant.hostnames().forEach(hostnames::add);
    putCredentials(node, tenant.credentials());
    putVariables(node, tenant.variables());
    CheckSyncSettingsJson.putProxy(node, tenant.sip());
    ArrayNode networks = node.putArray("networks");
    tenant.networks().forEach(n -> networks.add(n.toString()));
    node.put("factoryAccount", tenant.factoryAccount());
    return node;
  }

  static ObjectNode list(List<Tenant> tenants) {
    ObjectNode node = Json.object();
    ArrayNode array = node.putArray("tenants");
    tenants.forEach(t -> array.add(of(t)));
    return node;
  }

  static TenantForm form(ObjectNode body) {
    return new TenantForm(
        JsonBody.text(body, "name").orElse(null),
        JsonBody.textList(body, "hostnames"),
        credentials(body),
        JsonBody.textMap(body, "variables"),
        CheckSyncSettingsJson.proxy(body),
        JsonBody.textList(body, "networks"),
        JsonBody.flag(body, "factoryAccount", false));
  }

  /** {@code "credentials": {"username", "password"}}, shared by tenants and devices. */
  static Optional<CredentialsForm> credentials(ObjectNode body) {
    Optional<ObjectNode> credentials = JsonBody.object(body, "credentials");
    if (credentials.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode c = credentials.get();
    c.fieldNames()
        .forEachRemaining(name -> {
          if (!name.equals("username") && !name.equals("password")) {
            throw ApiError.badRequest(
                "unknown field 'credentials." + name + "'; expected [password, username]");
          }
        });
    return Optional.of(
        new CredentialsForm(
            JsonBody.text(c, "credentials.username", "username").orElse(null),
            JsonBody.text(c, "credentials.password", "password").orElse(null)));
  }

  static void putCredentials(ObjectNode node, Optional<Credentials> credentials) {
    credentials.ifPresentOrElse(
        c -> node.putObject("credentials").put("username", c.username()).put("password", MASKED),
        () -> node.putNull("credentials"));
  }

  static void putVariables(ObjectNode node, Map<String, String> variables) {
    ObjectNode out = node.putObject("variables");
    variables.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
  }
}
