package dev.ucprov.core.lint;

import dev.ucprov.core.device.MacAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a tree path's name tells about the file (polycom-facts.md §1, §4). */
final class TreeNames {

  private static final Pattern MAC_MASTER = Pattern.compile("[0-9A-Fa-f]{12}\\.cfg");
  private static final Pattern MAC_PREFIX = Pattern.compile("([0-9A-Fa-f]{12})([^0-9A-Fa-f].*)?");

  private TreeNames() {}

  /** The last segment of a path. */
  static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** Whether the reader should parse this file: {@code *.cfg} or {@code *.xml}. */
  static boolean isConfigLike(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".cfg") || lower.endsWith(".xml");
  }

  static boolean isCfg(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".cfg");
  }

  /** The MAC of a {@code <MAC>.cfg} master name; empty for any other name. */
  static Optional<MacAddress> masterMac(String path) {
    String name = fileName(path);
    return MAC_MASTER.matcher(name).matches()
        ? MacAddress.tryParse(name.substring(0, 12))
        : Optional.empty();
  }

  /**
   * Whether some segment of the path is named by a phone's MAC ({@code 0004f2aabbcc-phone.cfg},
   * {@code phones/0004f2aabbcc/lines.cfg}): only that phone is meant to read it. The all-zero MAC
   * names files every phone reads, so it does not count.
   */
  static boolean isPhoneSpecific(String path) {
    for (String segment : path.split("/")) {
      var m = MAC_PREFIX.matcher(segment);
      if (m.matches() && !MacAddress.tryParse(m.group(1)).orElseThrow().isZero()) {
        return true;
      }
    }
    return false;
  }
}
