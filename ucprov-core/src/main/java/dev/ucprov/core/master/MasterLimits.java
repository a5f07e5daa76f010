package dev.ucprov.core.master;

import dev.ucprov.core.config.ConfigParameter;
import java.util.List;

/**
 * The length limits of polycom-facts.md §2, checked on values as written (before tokens are
 * substituted): each path at most 255 characters, {@code CONFIG_FILES} at most 2047 in all. What a
 * phone does beyond them is unconfirmed, so a problem says it may ignore or truncate the value; the
 * value is still used as written.
 */
final class MasterLimits {

  static final int PATH = 255;
  static final int CONFIG_FILES = 2047;

  private MasterLimits() {}

  /** Adds a problem for every limit the attribute's value exceeds. */
  static void check(MasterAttribute attribute, ConfigParameter written, List<MasterProblem> out) {
    switch (attribute) {
      // Historical and without effect, so no limit is known to matter.
      case MISC_FILES -> {}
      case CONFIG_FILES -> {
        checkLength(written, written.value(), CONFIG_FILES, "", out);
        for (String entry : entries(written.value())) {
          checkLength(written, entry, PATH, "entry '" + shortened(entry) + "' of ", out);
        }
      }
      default -> checkLength(written, written.value().strip(), PATH, "", out);
    }
  }

  /** A comma-separated list: entries trimmed, empty ones dropped, order kept. */
  static List<String> entries(String list) {
    return List.of(list.split(",")).stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
  }

  private static String shortened(String entry) {
    return entry.length() <= 40 ? entry : entry.substring(0, 37) + "...";
  }

  private static void checkLength(
      ConfigParameter written, String value, int limit, String what, List<MasterProblem> out) {
    int length = value.codePointCount(0, value.length());
    if (length > limit) {
      out.add(
          new MasterProblem(
              written.name(),
              written.line(),
              what
                  + written.name()
                  + " is "
                  + length
                  + " characters, over the limit of "
                  + limit
                  + "; a phone may ignore or truncate it"));
    }
  }
}
