package dev.ucprov.sim.polling;

import dev.ucprov.core.effective.EffectiveConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a phone polls (polycom-facts.md §6): {@code prov.polling.enabled} (default 0), then {@code
 * prov.polling.mode}: {@code abs} daily at {@code prov.polling.time} (default 03:00), {@code rel}
 * every {@code prov.polling.period} seconds (default 86400; below 3600 it is raised to 3600, the
 * least the facts allow), {@code random} at a random moment between {@code time} and {@code
 * timeRandomEnd} each day. An unreadable value takes its default, as phones are tolerant.
 */
public sealed interface PollingSchedule {

  Duration LEAST_PERIOD = Duration.ofHours(1);
  LocalTime DEFAULT_TIME = LocalTime.of(3, 0);
  Duration DEFAULT_PERIOD = Duration.ofDays(1);

  /** The next poll after {@code now}; empty when polling is off. */
  Optional<Instant> next(Instant now, ZoneId zone, RandomGenerator random);

  record Off() implements PollingSchedule {
    @Override
    public Optional<Instant> next(Instant now, ZoneId zone, RandomGenerator random) {
      return Optional.empty();
    }
  }

  record Daily(LocalTime time) implements PollingSchedule {
    @Override
    public Optional<Instant> next(Instant now, ZoneId zone, RandomGenerator random) {
      return Optional.of(nextAt(now, zone, time));
    }
  }

  record Every(Duration period) implements PollingSchedule {
    @Override
    public Optional<Instant> next(Instant now, ZoneId zone, RandomGenerator random) {
      return Optional.of(now.plus(period));
    }
  }

  /**
   * Between {@code from} and {@code to} each day; {@code to} before {@code from} spans midnight.
   */
  record RandomWindow(LocalTime from, LocalTime to) implements PollingSchedule {
    @Override
    public Optional<Instant> next(Instant now, ZoneId zone, RandomGenerator random) {
      Instant start = nextAt(now, zone, from);
      long window = Duration.between(from, to).toSeconds();
      long seconds = window < 0 ? window + Duration.ofDays(1).toSeconds() : window;
      return Optional.of(start.plusSeconds(seconds == 0 ? 0 : random.nextLong(seconds + 1)));
    }
  }

  static PollingSchedule of(EffectiveConfig config) {
    if (!value(config, "prov.polling.enabled").orElse("0").equals("1")) {
      return new Off();
    }
    LocalTime time =
        value(config, "prov.polling.time").flatMap(PollingSchedule::time).orElse(DEFAULT_TIME);
    return switch (value(config, "prov.polling.mode").orElse("abs")) {
      case "rel" -> new Every(period(value(config, "prov.polling.period")));
      case "random" ->
          new RandomWindow(
              time,
              value(config, "prov.polling.timeRandomEnd")
                  .flatMap(PollingSchedule::time)
                  .orElse(time));
      default -> new Daily(time);
    };
  }

  private static Instant nextAt(Instant now, ZoneId zone, LocalTime time) {
    ZonedDateTime today = now.atZone(zone).with(time);
    return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
  }

  private static Duration period(Optional<String> seconds) {
    try {
      Duration period =
          seconds.map(s -> Duration.ofSeconds(Long.parseLong(s))).orElse(DEFAULT_PERIOD);
      return period.compareTo(LEAST_PERIOD) < 0 ? LEAST_PERIOD : period;
    } catch (NumberFormatException e) {
      return DEFAULT_PERIOD;
    }
  }

  private static Optional<LocalTime> time(String text) {
    try {
      return Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> value(EffectiveConfig config, String name) {
    return config.parameter(name).map(p -> p.value().strip());
  }
}
