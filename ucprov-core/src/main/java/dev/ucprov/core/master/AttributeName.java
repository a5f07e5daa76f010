package dev.ucprov.core.master;

import java.util.Locale;
import java.util.Optional;

/**
 * A master attribute name as written, read as a known attribute, optionally for one model: {@code
 * CONFIG_FILES} is generic, {@code CONFIG_FILES_VVX410} is for model {@code VVX410}.
 *
 * <p>Read tolerantly: the element that carries the attribute does not matter (the convention is
 * {@code APPLICATION_<MODEL>}), and names match regardless of case, the model key being
 * upper-cased.
 *
 * @param attribute the known attribute
 * @param model the model key (upper case), empty for a generic attribute
 */
record AttributeName(MasterAttribute attribute, Optional<String> model) {

  /** The reading of a written name; empty when it names no known attribute. */
  static Optional<AttributeName> parse(String written) {
    String upper = written.toUpperCase(Locale.ROOT);
    MasterAttribute longest = null;
    for (MasterAttribute candidate : MasterAttribute.values()) {
      String name = candidate.name();
      if (upper.equals(name)) {
        return Optional.of(new AttributeName(candidate, Optional.empty()));
      }
      boolean prefixes = upper.length() > name.length() + 1 && upper.startsWith(name + "_");
      if (prefixes && (longest == null || name.length() > longest.name().length())) {
        longest = candidate;
      }
    }
    if (longest == null) {
      return Optional.empty();
    }
    String model = upper.substring(longest.name().length() + 1);
    return Optional.of(new AttributeName(longest, Optional.of(model)));
  }
}
