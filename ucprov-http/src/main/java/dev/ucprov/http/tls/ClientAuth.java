package dev.ucprov.http.tls;

import java.util.Locale;

/** Whether the HTTPS listener asks phones for a client certificate. */
public enum ClientAuth {
  /** No certificate asked for. */
  NONE,
  /** Asked for; a client without one still connects and may prove itself with a password. */
  WANT,
  /** Required: a client without a certificate the CAs signed fails the handshake. */
  NEED;

  /**
   * Reads {@code none}, {@code want} or {@code need}, any case.
   *
   * @throws IllegalArgumentException naming the input and the choices
   */
  public static ClientAuth parse(String text) {
    for (ClientAuth mode : values()) {
      if (mode.label().equalsIgnoreCase(text.strip())) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "not a client-auth mode: \"" + text + "\" (none, want or need)");
  }

  /** {@code none}, {@code want} or {@code need}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
