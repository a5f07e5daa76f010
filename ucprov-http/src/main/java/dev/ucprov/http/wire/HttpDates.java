package dev.ucprov.http.wire;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates (RFC 9110 section 5.6.7): written as IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37
 * GMT}); read in that form. The two obsolete forms are not accepted: a date that cannot be read is
 * ignored by the callers, which is what the RFC asks of an invalid validator.
 */
public final class HttpDates {

  // Locale.US: HTTP dates use English day and month names, and the root locale has no full day
  // names (RFC 850 writes "Sunday").
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.US)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

  private HttpDates() {}

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /**
   * IMF-fixdate, written field by field: every served file carries one, and a {@link
   * DateTimeFormatter} costs a few microseconds a call. Years outside 1-9999 fall back to it.
   */
  public static String format(Instant instant) {
    long second = instant.getEpochSecond();
    Formatted recent = RECENT[(int) (second & (RECENT.length - 1))];
    if (recent != null && recent.second() == second) {
      return recent.text();
    }
    String text = formatNew(instant);
    RECENT[(int) (second & (RECENT.length - 1))] = new Formatted(second, text);
    return text;
  }

  /** A second and its date, once formatted. */
  private record Formatted(long second, String text) {}

  /**
   * The dates last formatted, one slot per second modulo the table's size: files rendered or stored
   * in the same second share a Last-Modified, and the phone listener writes one per answer. Racy on
   * purpose: a slot holds an immutable record, so a reader sees a whole entry or an older one, and
   * a lost write only costs a formatting.
   */
  private static final Formatted[] RECENT = new Formatted[256];

  private static String formatNew(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    if (t.getYear() < 1 || t.getYear() > 9999) {
      return IMF_FIXDATE.format(instant);
    }
    StringBuilder out = new StringBuilder(29);
    out.append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
    twoDigits(out, t.getDayOfMonth()).append(' ');
    out.append(MONTHS[t.getMonthValue() - 1]).append(' ');
    twoDigits(twoDigits(out, t.getYear() / 100), t.getYear() % 100).append(' ');
    twoDigits(out, t.getHour()).append(':');
    twoDigits(out, t.getMinute()).append(':');
    return twoDigits(out, t.getSecond()).append(" GMT").toString();
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  public static Optional<Instant> parse(String value) {
    String text = value.trim();
    for (DateTimeFormatter format : List.of(IMF_FIXDATE, RFC_850, ASCTIME)) {
      try {
        return Optional.of(ZonedDateTime.parse(text, format).toInstant());
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /** HTTP dates carry whole seconds; validators are compared at that precision. */
  public static Instant toSeconds(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS);
  }
}
