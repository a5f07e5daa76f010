package dev.ucprov.app.server;

import dev.ucprov.app.cli.InputException;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.http.tls.TlsFileException;

/**
 * The server could not start because of something the operator can fix: a database that cannot be
 * opened (wrong URL, locked by another server on the same data directory), a blob directory that
 * cannot be created, an address already in use or not local, a certificate, key or CA file that
 * cannot be used. The message names which, and why.
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
              + config.https().address().map(https -> " and " + https + " (HTTPS)").orElse("")
              + " and the admin API on "
              + config.admin()
              + ": "
              + rootMessage(e),
          e);
    }
  }

  /** Reading the HTTPS certificate, key and CA files; their message names the file and option. */
  static <T> T tls(Opening<T> work) {
    try {
      return work.open();
    } catch (TlsFileException e) {
      throw new StartFailure("cannot start HTTPS: " + e.getMessage(), e);
    } catch (Exception e) {
      throw new StartFailure("cannot start HTTPS: " + rootMessage(e), e);
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
