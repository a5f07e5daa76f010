package dev.ucprov.http.tls;

/**
 * A certificate, key, keystore or CA file that cannot be used. The message is one line an operator
 * can act on: which file (by the option that named it), and what is wrong with it.
 */
public final class TlsFileException extends RuntimeException {

  public TlsFileException(String message) {
    super(message);
  }

  public TlsFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
