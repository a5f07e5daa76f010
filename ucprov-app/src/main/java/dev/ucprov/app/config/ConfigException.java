package dev.ucprov.app.config;

import dev.ucprov.app.cli.InputException;

/** A configuration file or option that cannot be used; the message names the file and line. */
public final class ConfigException extends InputException {

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
