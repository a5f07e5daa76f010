package dev.ucprov.core.device;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone's Ethernet address in canonical form: 12 lower-case hex digits, as phones put it in file
 * names ({@code 0004f2aabbcc.cfg}).
 *
 * @param value the canonical form
 */
public record MacAddress(String value) {

  private static final Pattern CANONICAL = Pattern.compile("[0-9a-f]{12}");
  private static final Pattern ACCEPTED =
      Pattern.compile(
          "[0-9A-Fa-f]{12}"
              + "|[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}"
              + "|[0-9A-Fa-f]{2}(-[0-9A-Fa-f]{2}){5}");

  // Declared after the patterns on purpose: static fields initialise in text order, and the
  // constructor needs CANONICAL.
  /** The all-zero address that names the default master, directory and licence files. */
  public static final MacAddress ZERO = new MacAddress("000000000000");

  public MacAddress {
    if (value == null || !CANONICAL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not a canonical MAC address (12 lower-case hex digits): " + describe(value));
    }
  }

  /**
   * Reads a MAC address written as {@code 0004f2aabbcc}, {@code 0004F2AABBCC}, {@code
   * 00:04:f2:aa:bb:cc} or {@code 00-04-F2-AA-BB-CC}.
   *
   * @throws IllegalArgumentException naming the input when it is none of those
   */
  public static MacAddress parse(String input) {
    return tryParse(input)
        .orElseThrow(() ->
            new IllegalArgumentException(
                "not a MAC address: "
                    + describe(input)
                    + " (expected 12 hex digits, optionally separated by ':' or '-' in pairs)"));
  }

  /** Like {@link #parse} but empty instead of an exception, for scanning file names. */
  public static Optional<MacAddress> tryParse(String input) {
    if (input == null || !ACCEPTED.matcher(input).matches()) {
      return Optional.empty();
    }
    String hex = input.replace(":", "").replace("-", "").toLowerCase(Locale.ROOT);
    return Optional.of(new MacAddress(hex));
  }

  /** The all-zero address, which names defaults rather than a phone. */
  public boolean isZero() {
    return equals(ZERO);
  }

  /** {@code 00:04:f2:aa:bb:cc}, for people. */
  public String colonSeparated() {
    StringBuilder out = new StringBuilder(17);
    for (int i = 0; i < 12; i += 2) {
      if (i > 0) {
        out.append(':');
      }
      out.append(value, i, i + 2);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return value;
  }

  private static String describe(String input) {
    if (input == null) {
      return "(none)";
    }
    String shown = input.length() > 64 ? input.substring(0, 64) + "..." : input;
    return "\"" + shown + "\"";
  }
}
