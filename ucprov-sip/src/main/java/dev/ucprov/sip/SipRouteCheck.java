package dev.ucprov.sip;

import dev.ucprov.core.checksync.NotifyTarget.SipRoute;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a route that would make a malformed or forged request: everything in it ends up in header
 * lines, so a line break in a field could add headers of its author's choosing.
 */
final class SipRouteCheck {

  static final Set<String> TRANSPORTS = Set.of("udp", "tcp", "tls");

  private SipRouteCheck() {}

  /** What is wrong with the route, in words an operator can act on; empty when it is usable. */
  static Optional<String> problem(SipRoute route) {
    if (!route.requestUri().matches("(?i)sips?:[^\\s<>\"\\p{Cntrl}]+")) {
      return Optional.of("SIP target '" + printable(route.requestUri()) + "' is not a sip: URI");
    }
    if (!route.host().matches("[^\\s<>\"/\\p{Cntrl}]+")) {
      return Optional.of("SIP host '" + printable(route.host()) + "' is empty or malformed");
    }
    if (route.port() < 1 || route.port() > 65_535) {
      return Optional.of("SIP port " + route.port() + " is outside 1-65535");
    }
    if (!TRANSPORTS.contains(route.transport().toLowerCase(Locale.ROOT))) {
      return Optional.of(
          "SIP transport '" + printable(route.transport()) + "' is not udp, tcp or tls");
    }
    if (route.username().filter(SipRouteCheck::hasControl).isPresent()) {
      return Optional.of("SIP username contains a control character");
    }
    if (route.password().filter(SipRouteCheck::hasControl).isPresent()) {
      return Optional.of("SIP password contains a control character");
    }
    return Optional.empty();
  }

  private static boolean hasControl(String value) {
    return value.chars().anyMatch(c -> c < ' ' || c == 127);
  }

  private static String printable(String value) {
    return value.replaceAll("\\p{Cntrl}", "?");
  }
}
