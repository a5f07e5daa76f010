package dev.ucprov.app.server;

import dev.ucprov.app.cli.InputException;
import dev.ucprov.app.config.ServerConfig;

/**
 * The server could not start because of something the operator can fix: a database that cannot be
 * opened (wrong URL, locked by another server on the same data directory), a blob directory that
 * cannot be created, an address already in use or not local. The message names which, and why.
 */
public final class StartFailure extends InputException {

  /** Work that opens one part of the server. */
  @FunctionalInterface
  interface Opening<T> {
    T open() throws Exception;
  }

  private StartFailure(String message, Throwable cause) {
    super(message, cause);
  }

  static <T> T opening(String what, Opening<T> work) {
    try {
      return work.open();
    } catch (Exception e) {
      throw new StartFailure("cannot open " + what + ": " + rootMessage(e), e);
    }
  }

  static <T> T listening(ServerConfig config, Opening<T> work) {
    try {
      return work.open();
    } catch (Exception e) {
      throw new StartFailure(
          "cannot listen for phones on "
              + config.http()
              + " and the admin API on "
              + config.admin()
              + ": "
              + rootMessage(e),
          e);
    }
  }

  /** The innermost message, where drivers and sockets say what actually went wrong. */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    String message = e.getMessage();
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      if (root.getMessage() != null) {
        message = root.getMessage();
      }
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
