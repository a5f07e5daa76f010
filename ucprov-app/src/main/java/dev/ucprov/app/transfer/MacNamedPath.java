package dev.ucprov.app.transfer;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import java.util.Locale;
import java.util.Optional;

/**
 * A tree path that names a phone, by the server's rule: its last run of exactly 12 hex digits is
 * the MAC, and the all-zero MAC names no phone ({@code 000000000000.cfg} is for everyone).
 *
 * <p>Mirrors the core's package-private {@code provisioning.MacName}; it should become public so
 * that import and the server cannot disagree.
 */
record MacNamedPath(FilePath path, MacAddress mac, int start) {

  private static final int DIGITS = 12;

  static Optional<MacNamedPath> of(FilePath path) {
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
        return mac.isZero() ? Optional.empty() : Optional.of(new MacNamedPath(path, mac, start));
      }
      end = start;
    }
    return Optional.empty();
  }

  /** The path with its MAC in lower case, as phones ask for it. */
  FilePath canonical() {
    String p = path.value();
    return new FilePath(
        p.substring(0, start)
            + p.substring(start, start + DIGITS).toLowerCase(Locale.ROOT)
            + p.substring(start + DIGITS));
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
