package dev.ucprov.app.tree;

/**
 * A tree directory, or a file or directory inside it, that cannot be read; the message names the
 * path and the reason, for the user to fix.
 */
public final class TreeAccessException extends RuntimeException {

  public TreeAccessException(String message) {
    super(message);
  }

  public TreeAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}
