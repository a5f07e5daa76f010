package dev.ucprov.app.config;

/**
 * An address to listen on: {@code 0.0.0.0:8080}, {@code 127.0.0.1:0}, {@code [::1]:8081} or {@code
 * localhost:8080}. Port 0 asks the system for a free port.
 */
public record HostPort(String host, int port) {

  public HostPort {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("no host in listen address");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range 0-65535: " + port);
    }
  }

  /** Reads {@code HOST:PORT}; an IPv6 host is written in brackets. */
  public static HostPort parse(String text) {
    String value = text == null ? "" : text.strip();
    int colon = value.lastIndexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new IllegalArgumentException(
          "not HOST:PORT: \"" + value + "\" (for example 0.0.0.0:8080 or [::1]:8081)");
    }
    String host = value.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.contains(":")) {
      throw new IllegalArgumentException(
          "an IPv6 address needs brackets: \"" + value + "\" (for example [::1]:8081)");
    }
    String port = value.substring(colon + 1);
    if (!port.chars().allMatch(Character::isDigit) || port.length() > 5) {
      throw new IllegalArgumentException(
          "not a port number: \"" + port + "\" in \"" + value + "\"");
    }
    return new HostPort(host, Integer.parseInt(port));
  }

  /** The same host with another port: the one actually bound when 0 was asked for. */
  public HostPort withPort(int bound) {
    return new HostPort(host, bound);
  }

  /** {@code host:port}, brackets around an IPv6 host, as {@link #parse} reads it back. */
  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
