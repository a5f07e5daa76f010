package dev.ucprov.http;

import java.util.Optional;

/**
 * Where a listener binds: a host (name or literal address) and a port, 0 for any free port.
 *
 * @param host {@code 0.0.0.0}, {@code 127.0.0.1}, {@code ::1}, a host name
 */
public record ListenAddress(String host, int port) {

  public ListenAddress {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("a listen address needs a host");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
  }

  /**
   * Reads {@code HOST:PORT}: {@code 0.0.0.0:8080}, {@code localhost:0}, {@code [::1]:8081}.
   *
   * @throws IllegalArgumentException naming the input and what was expected
   */
  public static ListenAddress parse(String text) {
    return tryParse(text)
        .orElseThrow(() ->
            new IllegalArgumentException(
                "not a HOST:PORT address: \""
                    + text
                    + "\" (for example 0.0.0.0:8080, 127.0.0.1:8081 or [::1]:8081)"));
  }

  private static Optional<ListenAddress> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      return Optional.empty();
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.contains(":")) {
      return Optional.empty(); // an IPv6 literal must be bracketed
    }
    String port = text.substring(colon + 1);
    if (host.isBlank() || !port.chars().allMatch(c -> c >= '0' && c <= '9') || port.length() > 5) {
      return Optional.empty();
    }
    int number = Integer.parseInt(port);
    return number > 65535 ? Optional.empty() : Optional.of(new ListenAddress(host, number));
  }

  /** {@code host:port}, brackets around an IPv6 literal. */
  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
