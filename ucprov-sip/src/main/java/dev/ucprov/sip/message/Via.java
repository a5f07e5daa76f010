package dev.ucprov.sip.message;

import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a Via value that match a response to its transaction (RFC 3261 §17.1.3, §18.1.2).
 *
 * @param transport {@code UDP}, {@code TCP} or {@code TLS}, uppercase
 * @param sentBy {@code host[:port]} as written, lowercase
 * @param branch the branch parameter, exactly as written; empty when absent
 */
public record Via(String transport, String sentBy, String branch) {

  /** The topmost Via of a message: the first value of its first Via header. */
  public static Optional<Via> top(SipHeaders headers) {
    return headers.first("via").flatMap(value -> parse(firstValue(value)));
  }

  /** {@code SIP/2.0/UDP host:port;branch=...;rport} into its parts, or empty if malformed. */
  static Optional<Via> parse(String value) {
    String[] parts = value.split(";");
    String[] protocolAndHost = parts[0].strip().split("\\s+", 2);
    if (protocolAndHost.length != 2) {
      return Optional.empty();
    }
    String[] protocol = protocolAndHost[0].split("/");
    if (protocol.length != 3 || !protocol[0].strip().equalsIgnoreCase("SIP")) {
      return Optional.empty();
    }
    String branch = "";
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].split("=", 2);
      if (param.length == 2 && param[0].strip().equalsIgnoreCase("branch")) {
        branch = param[1].strip();
      }
    }
    return Optional.of(
        new Via(
            protocol[2].strip().toUpperCase(Locale.ROOT),
            protocolAndHost[1].strip().toLowerCase(Locale.ROOT),
            branch));
  }

  // A Via line may carry several values separated by commas; a comma inside quotes is not one.
  private static String firstValue(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
