package dev.ucprov.app.load;

import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How fast and how long a load test runs: every bound it has in time and in phones at once. */
final class LoadPace {

  /** Without {@code --duration}: a load test is always bounded in time (issue 7 point 3). */
  static final double DEFAULT_SECONDS = 300;

  @Option(
      names = "--rate",
      paramLabel = "R",
      converter = Numbers.Positive.class,
      description = "Phones started per second (fractions allowed); default: all at once.")
  private Double rate;

  @Option(
      names = "--duration",
      paramLabel = "S",
      defaultValue = "300",
      converter = Numbers.Positive.class,
      description =
          "Seconds after which no phone starts and boots still running are cut (default 300).")
  private double seconds;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      converter = Numbers.Phones.class,
      description = "Phones booting at once, at most; default: no limit beyond --rate.")
  private Integer concurrency;

  @Option(
      names = "--timeout",
      paramLabel = "S",
      defaultValue = "30",
      converter = Numbers.Positive.class,
      description = "Seconds a request may take (default 30).")
  private double timeout;

  Optional<Double> rate() {
    return Optional.ofNullable(rate);
  }

  Duration duration() {
    return seconds(seconds);
  }

  Optional<Integer> concurrency() {
    return Optional.ofNullable(concurrency);
  }

  /** {@code --timeout}, never longer than the whole test. */
  Duration requestTimeout() {
    Duration each = seconds(timeout);
    return each.compareTo(duration()) < 0 ? each : duration();
  }

  private static Duration seconds(double value) {
    return Duration.ofNanos(Math.max(1_000_000L, (long) (value * 1e9)));
  }
}
