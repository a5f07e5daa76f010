package dev.ucprov.core.device;

import java.util.Optional;

/**
 * A phone's Ethernet address in canonical form: 12 lower-case hex digits, as phones put it in file
 * names ({@code 0004f2aabbcc.cfg}).
 *
 * @param value the canonical form
 */
public record MacAddress(String value) {

  private static final int DIGITS = 12;

  /** {@code 00:04:f2:aa:bb:cc}: six pairs and five separators. */
  private static final int SEPARATED = 17;

  /** The all-zero address that names the default master, directory and licence files. */
  public static final MacAddress ZERO = new MacAddress("000000000000");

  public MacAddress {
    if (!isCanonical(value)) {
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
    if (input == null || (input.length() != DIGITS && input.length() != SEPARATED)) {
      return Optional.empty();
    }
    // Checked by hand, not by a regular expression: every phone request parses a MAC or two,
    // and most are already canonical, which then costs no copy.
    if (isCanonical(input)) {
      return Optional.of(new MacAddress(input));
    }
    boolean separated = input.length() == SEPARATED;
    char separator = separated ? input.charAt(2) : 0;
    if (separated && separator != ':' && separator != '-') {
      return Optional.empty();
    }
    StringBuilder hex = new StringBuilder(DIGITS);
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (separated && i % 3 == 2) {
        if (c != separator) {
          return Optional.empty();
        }
      } else if (isHex(c)) {
        hex.append(Character.toLowerCase(c));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new MacAddress(hex.toString()));
  }

  private static boolean isCanonical(String value) {
    if (value == null || value.length() != DIGITS) {
      return false;
    }
    for (int i = 0; i < DIGITS; i++) {
      char c = value.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
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
