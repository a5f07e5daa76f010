package dev.ucprov.http.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.core.inventory.PushSettings;
import dev.ucprov.core.inventory.SipSettings;
import dev.ucprov.core.operator.CredentialsForm;
import dev.ucprov.core.operator.PushForm;
import dev.ucprov.core.operator.SipForm;
import dev.ucprov.core.operator.SipProxyForm;
import dev.ucprov.core.tenant.SipProxy;
import java.util.Optional;
import java.util.Set;

/**
 * Check-sync settings in JSON: a device's {@code "sip": {"target", "transport", "username",
 * "password", "user"}} and {@code "push": {"url", "username", "password"}}, a tenant's {@code
 * "sip": {"proxy", "transport", "domain"}}; {@code null} when not set, absent fields {@code null},
 * passwords shown as {@code "***"} like the credentials'.
 */
final class CheckSyncSettingsJson {

  private static final Set<String> SIP =
      Set.of("target", "transport", "username", "password", "user");
  private static final Set<String> PUSH = Set.of("url", "username", "password");
  private static final Set<String> PROXY = Set.of("proxy", "transport", "domain");

  private CheckSyncSettingsJson() {}

  static void putSip(ObjectNode node, Optional<SipSettings> sip) {
    sip.ifPresentOrElse(
        s -> {
          ObjectNode out = node.putObject("sip");
          DeviceJson.putOptional(out, "target", s.target());
          DeviceJson.putOptional(out, "transport", s.transport());
          DeviceJson.putOptional(out, "username", s.credentials().map(c -> c.username()));
          DeviceJson.putOptional(out, "password", s.credentials().map(c -> CredentialsForm.MASKED));
          DeviceJson.putOptional(out, "user", s.user());
        },
        () -> node.putNull("sip"));
  }

  static void putPush(ObjectNode node, Optional<PushSettings> push) {
    push.ifPresentOrElse(
        p ->
            DeviceJson.putOptional(node.putObject("push"), "url", p.url())
                .put("username", p.credentials().username())
                .put("password", CredentialsForm.MASKED),
        () -> node.putNull("push"));
  }

  static void putProxy(ObjectNode node, Optional<SipProxy> proxy) {
    proxy.ifPresentOrElse(
        p -> {
          ObjectNode out = node.putObject("sip").put("proxy", p.proxy());
          DeviceJson.putOptional(out, "transport", p.transport());
          DeviceJson.putOptional(out, "domain", p.domain());
        },
        () -> node.putNull("sip"));
  }

  static Optional<SipForm> sip(ObjectNode body) {
    return nested(body, "sip", SIP)
        .map(s ->
            new SipForm(
                text(s, "sip", "target"),
                text(s, "sip", "transport"),
                text(s, "sip", "username"),
                text(s, "sip", "password"),
                text(s, "sip", "user")));
  }

  static Optional<PushForm> push(ObjectNode body) {
    return nested(body, "push", PUSH)
        .map(p ->
            new PushForm(
                text(p, "push", "url"), text(p, "push", "username"), text(p, "push", "password")));
  }

  static Optional<SipProxyForm> proxy(ObjectNode body) {
    return nested(body, "sip", PROXY)
        .map(s ->
            new SipProxyForm(
                text(s, "sip", "proxy"), text(s, "sip", "transport"), text(s, "sip", "domain")));
  }

  private static Optional<ObjectNode> nested(ObjectNode body, String field, Set<String> allowed) {
    Optional<ObjectNode> nested = JsonBody.object(body, field);
    nested.ifPresent(object ->
        object
            .fieldNames()
            .forEachRemaining(name -> {
              if (!allowed.contains(name)) {
                throw ApiError.badRequest(
                    "unknown field '"
                        + field
                        + "."
                        + name
                        + "'; expected "
                        + allowed.stream().sorted().toList());
              }
            }));
    return nested;
  }

  private static String text(ObjectNode object, String parent, String field) {
    return JsonBody.text(object, parent + "." + field, field).orElse(null);
  }
}
