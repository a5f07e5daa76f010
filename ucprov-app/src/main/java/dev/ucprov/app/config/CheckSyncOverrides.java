package dev.ucprov.app.config;

import dev.ucprov.core.checksync.JobLimits;
import java.time.Duration;
import java.util.Optional;

/** The check-sync settings one source gives; what it leaves empty comes from below it. */
public record CheckSyncOverrides(
    Optional<Double> rate,
    Optional<Integer> concurrency,
    Optional<Boolean> automatic,
    Optional<Duration> delay) {

  public static CheckSyncOverrides none() {
    return new CheckSyncOverrides(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public CheckSyncConfig over(CheckSyncConfig base) {
    return new CheckSyncConfig(
        new JobLimits(
            rate.orElse(base.limits().rate()), concurrency.orElse(base.limits().concurrency())),
        automatic.orElse(base.automatic()),
        delay.orElse(base.delay()));
  }

  /** A rate as the options and the file write it: a positive number up to 1000. */
  public static double rate(String text) {
    double rate;
    try {
      rate = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      rate = Double.NaN;
    }
    if (!(rate > 0 && rate <= JobLimits.MAX_RATE)) {
      throw new IllegalArgumentException(
          "\""
              + text
              + "\" is not a rate above 0 and at most 1000 a second (for example 10 or 0.5)");
    }
    return rate;
  }

  public static int concurrency(String text) {
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1 && n <= JobLimits.MAX_CONCURRENCY) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "\"" + text + "\" is not a whole number from 1 to " + JobLimits.MAX_CONCURRENCY);
  }

  public static boolean flag(String text) {
    return switch (text.strip()) {
      case "true", "on", "yes" -> true;
      case "false", "off", "no" -> false;
      default -> throw new IllegalArgumentException("\"" + text + "\" is not true or false");
    };
  }

  /** {@code 10s}, {@code 500ms}, {@code 2m}, or 0; at most an hour. */
  public static Duration delay(String text) {
    String t = text.strip();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,7})(ms|s|m)?").matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? (n == 0 ? "s" : "") : m.group(2);
      Duration d =
          switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> null;
          };
      if (d != null && d.compareTo(Duration.ofHours(1)) <= 0) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "\"" + text + "\" is not a delay of at most an hour (for example 10s, 500ms or 2m)");
  }
}
