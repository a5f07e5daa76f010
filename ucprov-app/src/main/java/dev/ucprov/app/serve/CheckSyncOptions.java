package dev.ucprov.app.serve;

import dev.ucprov.app.config.CheckSyncOverrides;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The check-sync options of {@code serve} and {@code demo}, mixed into {@link ServerOptions}. */
public final class CheckSyncOptions {

  @Option(
      names = "--check-sync-rate",
      paramLabel = "N",
      converter = RateConverter.class,
      description = "Check-syncs a job starts per second when it does not say (default: 10).")
  Double rate;

  @Option(
      names = "--check-sync-concurrency",
      paramLabel = "N",
      converter = ConcurrencyConverter.class,
      description = "Check-syncs a job awaits at once when it does not say (default: 50).")
  Integer concurrency;

  @Option(
      names = "--auto-check-sync",
      negatable = true,
      description = "Send a check-sync by itself to the devices a change affects (default: off).")
  Boolean automatic;

  @Option(
      names = "--auto-check-sync-delay",
      paramLabel = "DELAY",
      converter = DelayConverter.class,
      description =
          "How long an automatic check-sync waits for more changes: 10s, 500ms, 2m (default: 10s).")
  Duration delay;

  CheckSyncOverrides overrides() {
    return new CheckSyncOverrides(
        Optional.ofNullable(rate),
        Optional.ofNullable(concurrency),
        Optional.ofNullable(automatic),
        Optional.ofNullable(delay));
  }

  public static final class RateConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        return CheckSyncOverrides.rate(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  public static final class ConcurrencyConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        return CheckSyncOverrides.concurrency(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class DelayConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return CheckSyncOverrides.delay(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
