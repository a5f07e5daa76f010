package dev.ucprov.core.provisioning;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import java.util.Optional;

/**
 * A requested path that names a phone: its last run of exactly 12 hex digits, in either case, is a
 * MAC ({@code 0004f2aabbcc.cfg}, {@code 0004F2AABBCC-lines.cfg}, {@code
 * logs/0004f2aabbcc-app.log}). The all-zero MAC names files every phone shares, so {@code
 * 000000000000.cfg} names none.
 *
 * <p>Public so that everything deciding which files belong to a phone (the server, import) uses
 * this one rule.
 *
 * @param path the path as requested
 * @param mac the MAC it names
 * @param start where the MAC's 12 digits start in {@code path}
 */
public record MacName(String path, MacAddress mac, int start) {

  /** The token a stored per-device name carries in place of the MAC. */
  static final String TOKEN = "[PHONE_MAC_ADDRESS]";

  private static final int DIGITS = 12;

  /** The MAC a path names, or empty when it names none. */
  public static Optional<MacName> in(FilePath path) {
    String p = path.value();
    int end = p.length();
    while (end > 0) {
      while (end > 0 && !isHex(p.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > 0 && isHex(p.charAt(start - 1))) {
        start--;
      }
      if (end - start == DIGITS) {
        MacAddress mac = MacAddress.parse(p.substring(start, end));
        return mac.isZero() ? Optional.empty() : Optional.of(new MacName(p, mac, start));
      }
      end = start;
    }
    return Optional.empty();
  }

  /** The stored name that answers for every device: the MAC replaced by {@link #TOKEN}. */
  FilePath template() {
    return new FilePath(path.substring(0, start) + TOKEN + path.substring(start + DIGITS));
  }

  /** The path with the MAC in lower case, as phones send it and as imported files are named. */
  public FilePath canonical() {
    return new FilePath(path.substring(0, start) + mac.value() + path.substring(start + DIGITS));
  }

  /** {@code template} with the token replaced by {@code mac}: the name a device sees. */
  static String substituted(String template, MacAddress mac) {
    return template.replace(TOKEN, mac.value());
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
