package dev.ucprov.app.cli;

/**
 * Input the user has to fix (a configuration file, an option's value, a missing token, an
 * unreachable server): the command exits {@link ExitCodes#USAGE} with the message as its one line.
 * The message says what and where.
 */
public class InputException extends RuntimeException {

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
