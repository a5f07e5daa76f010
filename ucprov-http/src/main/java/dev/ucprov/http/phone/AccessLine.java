package dev.ucprov.http.phone;

import java.time.Instant;
import java.util.function.IntPredicate;

/**
 * One line of the phone access log (SLF4J logger {@code ucprov.access}, level INFO). Fields are
 * separated by one space, in this fixed order, so {@code grep}, {@code awk} and {@code cut} work:
 *
 * <pre>
 * TIME CLIENT TENANT METHOD PATH STATUS BYTES MILLIS "USER-AGENT"
 * 2026-11-25T18:00:00.123Z 192.0.2.10 acme GET /acme/0004f2aabbcc.cfg 200 1234 3 "PolycomVVX-VVX_410-UA/6.4.0.1234"
 * </pre>
 *
 * TIME is ISO-8601 UTC; CLIENT the peer address; TENANT the tenant reached or {@code -}; PATH the
 * request path as sent (still percent-encoded; a space, a quote or a control character in it shown
 * as {@code %XX}); BYTES the body bytes sent; MILLIS from the request's arrival to the end of the
 * response; USER-AGENT in double quotes, {@code "} and {@code \} escaped with a backslash, control
 * characters as {@code \xXX}, {@code "-"} when absent.
 */
record AccessLine(
    Instant time,
    String client,
    String tenant,
    String method,
    String path,
    int status,
    long bytes,
    long millis,
    String userAgent) {

  String format() {
    return time
        + " "
        + client
        + " "
        + tenant
        + " "
        + safeToken(method)
        + " "
        + safePath(path)
        + " "
        + status
        + " "
        + bytes
        + " "
        + millis
        + " \""
        + quoted(userAgent)
        + '"';
  }

  private static String safeToken(String text) {
    return text.isEmpty() ? "-" : safePath(text);
  }

  private static String safePath(String text) {
    if (!text.isEmpty() && noneEscaped(text, AccessLine::escapedInPath)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (escapedInPath(c)) {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.isEmpty() ? "-" : out.toString();
  }

  /** A plain loop, not {@code chars()}: a stream per field is what the check is there to save. */
  private static boolean noneEscaped(String text, IntPredicate escaped) {
    for (int i = 0; i < text.length(); i++) {
      if (escaped.test(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean escapedInPath(int c) {
    return c <= 0x20 || c == 0x7f || c == '"';
  }

  private static boolean escapedInQuotes(int c) {
    return c == '"' || c == '\\' || c < 0x20 || c == 0x7f;
  }

  private static String quoted(String text) {
    if (text.isEmpty()) {
      return "-";
    }
    if (noneEscaped(text, AccessLine::escapedInQuotes)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append("\\x").append(String.format("%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
