package dev.ucprov.core.operator;

import dev.ucprov.core.checksync.SipUri;
import dev.ucprov.core.inventory.PushSettings;
import dev.ucprov.core.inventory.SipSettings;
import dev.ucprov.core.operator.Fields.Checked;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.SipProxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of the check-sync settings of devices ({@code sip}, {@code push}) and tenants. */
final class CheckSyncFields {

  /** RFC 3261 §25.1 {@code user} without escapes: what a line's user part holds in practice. */
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9\\-_.!~*'()&=+$,;?/]{1,255}");

  private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]{1,255}");

  private CheckSyncFields() {}

  /**
   * @param stored the settings stored now, whose password a masked password keeps
   */
  static Checked<Optional<SipSettings>> sip(Optional<SipForm> form, Optional<SipSettings> stored) {
    if (form.isEmpty()) {
      return new Checked.Good<>(Optional.empty());
    }
    SipForm f = form.get();
    Optional<String> target = present(f.target());
    if (target.isPresent() && SipUri.problem(target.get()).isPresent()) {
      return new Checked.Bad<>("sip.target", SipUri.problem(target.get()).get());
    }
    Checked<Optional<String>> transport = transport("sip.transport", f.transport());
    if (f.username() == null && f.password() != null) {
      return new Checked.Bad<>("sip.username", "a SIP password needs its user name");
    }
    Optional<CredentialsForm> credentials =
        f.username() == null
            ? Optional.empty()
            : Optional.of(new CredentialsForm(f.username(), f.password()));
    Checked<Optional<Credentials>> checked =
        Fields.credentials("sip", credentials, stored.flatMap(SipSettings::credentials));
    Optional<String> user = present(f.user());
    if (user.isPresent() && !USER.matcher(user.get()).matches()) {
      return new Checked.Bad<>(
          "sip.user",
          "\"" + Fields.shown(user.get()) + "\" is not the user part of a SIP URI (as in 201)");
    }
    Optional<Checked<Optional<SipSettings>>> refused = firstBad(transport, checked);
    if (refused.isPresent()) {
      return refused.get();
    }
    SipSettings settings = new SipSettings(target, transport.value(), checked.value(), user);
    return new Checked.Good<>(
        settings.equals(SipSettings.none()) ? Optional.empty() : Optional.of(settings));
  }

  static Checked<Optional<PushSettings>> push(
      Optional<PushForm> form, Optional<PushSettings> stored) {
    if (form.isEmpty()) {
      return new Checked.Good<>(Optional.empty());
    }
    PushForm f = form.get();
    Optional<String> url = present(f.url());
    if (url.isPresent() && !httpUrl(url.get())) {
      return new Checked.Bad<>(
          "push.url",
          "\""
              + Fields.shown(url.get())
              + "\" is not an http:// or https:// URL with a host (as in"
              + " http://10.0.0.5/push)");
    }
    Checked<Optional<Credentials>> credentials =
        Fields.credentials(
            "push",
            Optional.of(new CredentialsForm(f.username(), f.password())),
            stored.map(PushSettings::credentials));
    if (credentials instanceof Checked.Bad<Optional<Credentials>>(String field, String problem)) {
      return new Checked.Bad<>(
          field, problem + " (the phone's Push API needs apps.push.username and password)");
    }
    return new Checked.Good<>(
        Optional.of(new PushSettings(url, credentials.value().orElseThrow())));
  }

  static Checked<Optional<SipProxy>> proxy(Optional<SipProxyForm> form) {
    if (form.isEmpty()) {
      return new Checked.Good<>(Optional.empty());
    }
    SipProxyForm f = form.get();
    Optional<String> proxy = present(f.proxy());
    if (proxy.isEmpty()) {
      return new Checked.Bad<>(
          "sip.proxy", "the outbound proxy or registrar, as in sip:pbx.example.net:5060");
    }
    Optional<String> problem = SipUri.problem(proxy.get());
    if (problem.isPresent()) {
      return new Checked.Bad<>("sip.proxy", problem.get());
    }
    Checked<Optional<String>> transport = transport("sip.transport", f.transport());
    Optional<Checked<Optional<SipProxy>>> refused = firstBad(transport);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<String> domain = present(f.domain());
    if (domain.isPresent() && !DOMAIN.matcher(domain.get()).matches()) {
      return new Checked.Bad<>(
          "sip.domain",
          "\"" + Fields.shown(domain.get()) + "\" is not a SIP domain (as in pbx.example.net)");
    }
    return new Checked.Good<>(
        Optional.of(new SipProxy(proxy.get().strip(), transport.value(), domain)));
  }

  /** The first refusal among the checks, as a check of another type. */
  private static <T> Optional<Checked<T>> firstBad(Checked<?>... checks) {
    for (Checked<?> check : checks) {
      if (check instanceof Checked.Bad<?>(String field, String problem)) {
        return Optional.of(new Checked.Bad<>(field, problem));
      }
    }
    return Optional.empty();
  }

  private static Checked<Optional<String>> transport(String field, String text) {
    Optional<String> transport = present(text).map(t -> t.toLowerCase(Locale.ROOT));
    if (transport.isPresent() && !SipUri.TRANSPORTS.contains(transport.get())) {
      return new Checked.Bad<>(
          field, "\"" + Fields.shown(text) + "\" is not a transport: udp, tcp or tls");
    }
    return new Checked.Good<>(transport);
  }

  private static boolean httpUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Optional<String> present(String text) {
    return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
  }
}
