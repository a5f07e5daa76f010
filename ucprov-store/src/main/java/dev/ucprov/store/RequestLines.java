package dev.ucprov.store;

import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.RequestRing;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The text of a {@code device_request_group} row: the requests one recording added for a device,
 * one line each, newest first. A line is {@code MICROS PROTOCOL METHOD STATUS BYTES PATH}: the time
 * in microseconds since the epoch, the protocol's name, the method and path with {@code \} written
 * {@code \\}, a line feed {@code \n}, a carriage return {@code \r} (and in the method a space
 * {@code \s}), so that a line never breaks and the path, which comes last, may hold spaces.
 *
 * <p>The format is also what migration {@code V3_13} writes from the old one-row-per-request table
 * in SQL: change both together.
 */
final class RequestLines {

  private static final int FIELDS = 6;

  private RequestLines() {}

  /** The lines of {@code newestFirst}, times truncated to the microsecond as every column is. */
  static String encode(List<RequestRecord> newestFirst) {
    StringBuilder out = new StringBuilder(newestFirst.size() * 64);
    for (RequestRecord request : newestFirst) {
      Instant time = request.time();
      line(
          time.getEpochSecond(),
          time.getNano(),
          request.protocol(),
          request.method(),
          request.path(),
          request.status(),
          request.bytes(),
          out);
    }
    return out.toString();
  }

  /** Appends the lines of a device's newest requests to {@code out}, newest first. */
  static void encode(RequestRing requests, StringBuilder out) {
    out.ensureCapacity(out.length() + requests.size() * 64);
    requests.forEachNewestFirst((second, nano, protocol, method, path, status, bytes) ->
        line(second, nano, protocol, method, path, status, bytes, out));
  }

  private static void line(
      long second,
      int nano,
      Protocol protocol,
      String method,
      String path,
      int status,
      long bytes,
      StringBuilder out) {
    if (!out.isEmpty()) {
      out.append('\n');
    }
    // Microseconds since the epoch, truncated: the nanoseconds are never negative.
    out.append(second * 1_000_000 + nano / 1000).append(' ').append(protocol.name()).append(' ');
    escape(method, true, out);
    out.append(' ').append(status).append(' ').append(bytes).append(' ');
    escape(path, false, out);
  }

  /**
   * Appends the requests of {@code text} to {@code into}, newest first, until it holds {@code
   * limit}.
   *
   * @throws IllegalStateException when a line is not in the format: the row was not written here
   */
  static void decode(String text, List<RequestRecord> into, int limit) {
    int start = 0;
    while (start <= text.length() && into.size() < limit) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      into.add(line(text.substring(start, end)));
      start = end + 1;
    }
  }

  /** How many lines {@code encode} wrote for this text. */
  static int count(String text) {
    int lines = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      lines++;
    }
    return lines;
  }

  private static RequestRecord line(String line) {
    String[] fields = line.split(" ", FIELDS);
    if (fields.length != FIELDS) {
      throw new IllegalStateException("not a recorded request: " + line);
    }
    try {
      return new RequestRecord(
          Instant.EPOCH.plus(Long.parseLong(fields[0]), ChronoUnit.MICROS),
          Protocol.valueOf(fields[1]),
          unescape(fields[2]),
          unescape(fields[5]),
          Integer.parseInt(fields[3]),
          Long.parseLong(fields[4]));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("not a recorded request: " + line, e);
    }
  }

  private static void escape(String text, boolean spaces, StringBuilder out) {
    if (plain(text, spaces)) {
      out.append(text);
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case ' ' -> out.append(spaces ? "\\s" : " ");
        default -> out.append(c);
      }
    }
  }

  /** Whether {@code text} has nothing to escape, as nearly every method and path has. */
  private static boolean plain(String text, boolean spaces) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '\n' || c == '\r' || (spaces && c == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      out.append(
          switch (next) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 's' -> ' ';
            default -> next;
          });
    }
    return out.toString();
  }
}
