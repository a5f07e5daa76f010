package dev.ucprov.core.checksync;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of a SIP URI (RFC 3261 §19.1) an operator writes for a check-sync target or proxy:
 * {@code sip:HOST[:PORT]} or {@code sips:...}, with an optional {@code user@} and an optional
 * {@code ;transport=udp|tcp|tls}. HOST is a name, an IPv4 address or a bracketed IPv6 address.
 *
 * @param secure {@code sips:}, which means TLS
 * @param user the user part, when written
 * @param host the host without brackets
 * @param port the port, when written
 * @param transport the {@code transport} parameter, in lower case, when written
 */
public record SipUri(
    boolean secure,
    Optional<String> user,
    String host,
    OptionalInt port,
    Optional<String> transport) {

  /** The transports a NOTIFY can be sent over, as written in settings. */
  public static final List<String> TRANSPORTS = List.of("udp", "tcp", "tls");

  public static final int SIP_PORT = 5060;
  public static final int SIPS_PORT = 5061;

  private static final Pattern FORM =
      Pattern.compile(
          "(?i)(sips?):(?:([^@;:\\[\\]\\s]+)@)?"
              + "(\\[[0-9a-f:.]+\\]|[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)"
              + "(?::([0-9]{1,5}))?"
              + "(?:;transport=([a-z]+))?");

  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException saying what is wrong, with an example of what is right
   */
  public static SipUri parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "\""
              + shown(text)
              + "\" is not a SIP address like sip:pbx.example.net:5060 or"
              + " sip:10.0.0.5 (sips: for TLS, [brackets] around IPv6)");
    }
    String host = m.group(3).toLowerCase(Locale.ROOT);
    host = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    OptionalInt port = OptionalInt.empty();
    if (m.group(4) != null) {
      int p = Integer.parseInt(m.group(4));
      if (p < 1 || p > 65535) {
        throw new IllegalArgumentException(
            "port " + p + " of \"" + shown(text) + "\" is not 1..65535");
      }
      port = OptionalInt.of(p);
    }
    Optional<String> transport =
        Optional.ofNullable(m.group(5)).map(t -> t.toLowerCase(Locale.ROOT));
    if (transport.isPresent() && !TRANSPORTS.contains(transport.get())) {
      throw new IllegalArgumentException(
          "transport \""
              + transport.get()
              + "\" of \""
              + shown(text)
              + "\" is not udp, tcp or tls");
    }
    return new SipUri(
        m.group(1).equalsIgnoreCase("sips"),
        Optional.ofNullable(m.group(2)),
        host,
        port,
        transport);
  }

  /** Why {@code text} is not a SIP address; empty when it is one. */
  public static Optional<String> problem(String text) {
    try {
      parse(text);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The host as it goes in a URI: an IPv6 address in brackets. */
  public static String uriHost(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /** The port a transport uses when none is written: 5061 for TLS, else 5060 (RFC 3261 §19.1.2). */
  public static int defaultPort(String transport) {
    return transport.equals("tls") ? SIPS_PORT : SIP_PORT;
  }

  private static String shown(String text) {
    String s = String.valueOf(text);
    return s.length() > 64 ? s.substring(0, 64) + "..." : s;
  }
}
