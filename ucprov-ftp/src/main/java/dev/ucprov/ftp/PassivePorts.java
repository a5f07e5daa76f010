package dev.ucprov.ftp;

/**
 * The ports passive data connections (PASV, EPSV) listen on, both ends included: a firewall opens
 * exactly these. {@code 0-0} lets the system pick any free port (for tests).
 */
public record PassivePorts(int first, int last) {

  public PassivePorts {
    if (first < 0 || last > 65535 || first > last || (first == 0 && last != 0)) {
      throw new IllegalArgumentException(
          "not a passive port range: " + first + "-" + last + " (for example 30000-30099)");
    }
  }

  /** Any free port, for tests. */
  public static PassivePorts any() {
    return new PassivePorts(0, 0);
  }

  /**
   * Reads {@code FIRST-LAST} ({@code 30000-30099}) or one port.
   *
   * @throws IllegalArgumentException naming the input and what was expected
   */
  public static PassivePorts parse(String text) {
    String s = text == null ? "" : text.strip();
    int dash = s.indexOf('-');
    try {
      return dash < 0
          ? new PassivePorts(Integer.parseInt(s), Integer.parseInt(s))
          : new PassivePorts(
              Integer.parseInt(s.substring(0, dash).strip()),
              Integer.parseInt(s.substring(dash + 1).strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "not a passive port range: \"" + text + "\" (FIRST-LAST, for example 30000-30099)", e);
    }
  }

  /** As FtpServer reads it: {@code 30000-30099}, or {@code 0} for any. */
  String setting() {
    return first == 0 ? "0" : first + "-" + last;
  }

  @Override
  public String toString() {
    return first + "-" + last;
  }
}
