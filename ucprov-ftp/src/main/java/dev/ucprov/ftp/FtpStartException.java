package dev.ucprov.ftp;

/** The FTP listener could not start; the message names the address and the cause. */
public final class FtpStartException extends RuntimeException {

  public FtpStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
