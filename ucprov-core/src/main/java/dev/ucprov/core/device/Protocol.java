package dev.ucprov.core.device;

import java.util.Locale;

/** The transport a phone used for a request. */
public enum Protocol {
  HTTP,
  HTTPS,
  TFTP,
  FTP;

  /** {@code http}, {@code https}, {@code tftp} or {@code ftp}, as the API and metrics show it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
