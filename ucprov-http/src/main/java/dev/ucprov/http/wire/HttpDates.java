package dev.ucprov.http.wire;

import java.time.Instant;
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

  public static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
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
