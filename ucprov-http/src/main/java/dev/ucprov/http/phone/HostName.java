package dev.ucprov.http.phone;

import java.util.Locale;
import java.util.Optional;

/** The host a phone addressed, from its Host header: lower case, without port. */
final class HostName {

  private HostName() {}

  /**
   * {@code Acme.Prov.Example:8080} gives {@code acme.prov.example}; {@code [::1]:8080} gives {@code
   * [::1]}; an absent or empty header gives nothing.
   */
  static Optional<String> fromHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String host = header.trim().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      host = end < 0 ? host : host.substring(0, end + 1);
    } else {
      int colon = host.indexOf(':');
      host = colon < 0 ? host : host.substring(0, colon);
    }
    if (host.endsWith(".")) {
      // A fully qualified name with its root dot names the same host.
      host = host.substring(0, host.length() - 1);
    }
    return host.isEmpty() ? Optional.empty() : Optional.of(host);
  }
}
