package dev.ucprov.core.config;

/**
 * One parameter as written in a file: an attribute of some element.
 *
 * @param name the full dotted name ({@code reg.1.address})
 * @param value the value as written, entities decoded
 * @param line 1-based line of the attribute itself (0 when not from a file)
 * @param column 1-based column of the attribute itself (0 when not from a file)
 */
public record ConfigParameter(String name, String value, int line, int column) {

  /** A parameter that did not come from a file, for writers and tests. */
  public static ConfigParameter of(String name, String value) {
    return new ConfigParameter(name, value, 0, 0);
  }
}
