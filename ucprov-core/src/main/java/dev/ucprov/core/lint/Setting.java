package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigParameter;

/**
 * A parameter together with the file it was read from.
 *
 * @param file the file's path in the tree
 * @param parameter the parameter as written there
 */
public record Setting(String file, ConfigParameter parameter) {

  public String name() {
    return parameter.name();
  }

  public String value() {
    return parameter.value();
  }

  public int line() {
    return parameter.line();
  }

  /** {@code site.cfg:12}, for messages. */
  public String where() {
    return file + ":" + parameter.line();
  }
}
