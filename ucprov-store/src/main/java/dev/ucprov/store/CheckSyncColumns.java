package dev.ucprov.store;

import dev.ucprov.core.inventory.PushSettings;
import dev.ucprov.core.inventory.SipSettings;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.SipProxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Check-sync settings as the JSON objects of strings the {@code sip_settings} and {@code
 * push_settings} columns hold (NULL when absent). Thread-safe.
 */
final class CheckSyncColumns {

  private final JsonVariables json = new JsonVariables();

  String sip(Optional<SipSettings> sip) {
    return sip.map(
            s -> {
              Map<String, String> values = new HashMap<>();
              s.target().ifPresent(v -> values.put("target", v));
              s.transport().ifPresent(v -> values.put("transport", v));
              s.credentials().ifPresent(c -> putCredentials(values, c));
              s.user().ifPresent(v -> values.put("user", v));
              return json.write(values);
            })
        .orElse(null);
  }

  Optional<SipSettings> sip(String column) {
    return Optional.ofNullable(column)
        .map(json::read)
        .map(v ->
            new SipSettings(
                Optional.ofNullable(v.get("target")),
                Optional.ofNullable(v.get("transport")),
                credentials(v),
                Optional.ofNullable(v.get("user"))));
  }

  String push(Optional<PushSettings> push) {
    return push.map(
            p -> {
              Map<String, String> values = new HashMap<>();
              p.url().ifPresent(v -> values.put("url", v));
              putCredentials(values, p.credentials());
              return json.write(values);
            })
        .orElse(null);
  }

  Optional<PushSettings> push(String column) {
    return Optional.ofNullable(column)
        .map(json::read)
        .map(
            v -> new PushSettings(Optional.ofNullable(v.get("url")), credentials(v).orElseThrow()));
  }

  String proxy(Optional<SipProxy> proxy) {
    return proxy
        .map(p -> {
          Map<String, String> values = new HashMap<>();
          values.put("proxy", p.proxy());
          p.transport().ifPresent(v -> values.put("transport", v));
          p.domain().ifPresent(v -> values.put("domain", v));
          return json.write(values);
        })
        .orElse(null);
  }

  Optional<SipProxy> proxy(String column) {
    return Optional.ofNullable(column)
        .map(json::read)
        .map(v ->
            new SipProxy(
                v.get("proxy"),
                Optional.ofNullable(v.get("transport")),
                Optional.ofNullable(v.get("domain"))));
  }

  private static void putCredentials(Map<String, String> values, Credentials credentials) {
    values.put("username", credentials.username());
    values.put("password", credentials.password());
  }

  private static Optional<Credentials> credentials(Map<String, String> values) {
    return Optional.ofNullable(values.get("username"))
        .map(username -> new Credentials(username, values.getOrDefault("password", "")));
  }
}
