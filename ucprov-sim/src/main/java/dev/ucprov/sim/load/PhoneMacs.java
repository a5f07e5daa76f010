package dev.ucprov.sim.load;

import dev.ucprov.core.device.MacAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The MACs of a load test's phones: numbered after a prefix, or read from a list. Errors say what
 * is wrong and where (the line of the list).
 */
public final class PhoneMacs {

  /** Polycom's first OUI (polycom-facts.md §7), as {@code bench/populate.py} numbers devices. */
  public static final String DEFAULT_PREFIX = "0004f2";

  private PhoneMacs() {}

  /**
   * {@code count} MACs: the prefix (0 to 11 hex digits, {@code :} and {@code -} ignored) followed
   * by 1, 2, 3... in the remaining digits, so {@code 0004f2} gives {@code 0004f2000001} first.
   */
  public static List<MacAddress> numbered(String prefix, int count) {
    String digits = prefix.replace(":", "").replace("-", "").toLowerCase(Locale.ROOT);
    if (digits.length() > 11 || !digits.chars().allMatch(HexFormat::isHexDigit)) {
      throw new IllegalArgumentException(
          "--mac-prefix must be 0 to 11 hex digits (like 0004f2), not '" + prefix + "'");
    }
    int free = 12 - digits.length();
    long room = (1L << (4 * free)) - 1;
    if (count > room) {
      throw new IllegalArgumentException(
          "--mac-prefix "
              + prefix
              + " leaves room for "
              + room
              + " phones, not "
              + count
              + ": use a shorter prefix");
    }
    List<MacAddress> macs = new ArrayList<>(count);
    String format = "%s%0" + free + "x";
    for (long n = 1; n <= count; n++) {
      macs.add(new MacAddress(String.format(Locale.ROOT, format, digits, n)));
    }
    return macs;
  }

  /**
   * The first {@code count} MACs of a list, one a line in any usual spelling; blank lines and lines
   * starting with {@code #} are skipped.
   *
   * @param source where the lines came from, for messages
   */
  public static List<MacAddress> listed(List<String> lines, int count, String source) {
    List<MacAddress> macs = new ArrayList<>(Math.min(count, lines.size()));
    for (int i = 0; i < lines.size() && macs.size() < count; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Optional<MacAddress> mac = MacAddress.tryParse(line);
      if (mac.isEmpty()) {
        throw new IllegalArgumentException(
            source + ": line " + (i + 1) + ": not a MAC address: '" + line + "'");
      }
      macs.add(mac.get());
    }
    if (macs.size() < count) {
      throw new IllegalArgumentException(
          source + " holds " + macs.size() + " MACs, fewer than the " + count + " phones asked");
    }
    return macs;
  }
}
