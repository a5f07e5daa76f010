package dev.ucprov.ftp;

import java.time.Instant;

/**
 * One line of the phone access log (SLF4J logger {@code ucprov.access}) for an FTP command, in the
 * layout HTTP's lines have, so one {@code awk} reads both:
 *
 * <pre>
 * TIME CLIENT TENANT METHOD PATH STATUS BYTES MILLIS "USER-AGENT"
 * 2026-11-25T18:00:00.123Z 192.0.2.10 acme RETR /0004f2aabbcc.cfg 226 1234 3 "-"
 * </pre>
 *
 * METHOD is the FTP command; PATH the path in the session's view (the tenant's root is {@code /}),
 * a space, a quote, a {@code %} or a control character shown as {@code %XX}; STATUS the FTP reply
 * code sent; USER-AGENT is always {@code "-"}: FTP has none.
 */
record AccessLine(
    Instant time,
    String client,
    String tenant,
    String method,
    String path,
    int status,
    long bytes,
    long millis) {

  String format() {
    return time
        + " "
        + safe(client)
        + " "
        + safe(tenant)
        + " "
        + safe(method)
        + " "
        + safe(path)
        + " "
        + status
        + " "
        + bytes
        + " "
        + millis
        + " \"-\"";
  }

  private static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0x20 || c == 0x7f || c == '"' || c == '%') {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.isEmpty() ? "-" : out.toString();
  }
}
