package dev.ucprov.sim.load;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The end of a load test (issue 7 point 3): every phone asked for is either completed or an error,
 * so {@code completed + errors == phones}.
 *
 * @param phones the phones asked for
 * @param completed boots that ended provisioned with no failed step
 * @param errors the other phones, each counted once under its first error in {@code errorsByKind}
 * @param errorsByKind {@code timeout} (cut at the end of the duration), {@code not-started} (the
 *     duration ended before its turn), {@code <file kind>-<status>} ({@code config-404}, {@code
 *     log-upload-500}), {@code <file kind>-unreachable}, {@code <file kind>-invalid} (an unreadable
 *     answer), {@code crash-<exception>} (a bug in the simulator)
 * @param elapsed from the first start to the last boot's end (or the cut)
 * @param requests requests the phones made, uploads included when they were sent
 * @param latency every request's time, start to end of the answer
 * @param byKind per file kind ({@code master}, {@code config}, {@code log-upload}...), in boot
 *     order
 * @param boot whole boots (completed or not, cut ones left out)
 */
public record LoadReport(
    int phones,
    long completed,
    long errors,
    SortedMap<String, Long> errorsByKind,
    Duration elapsed,
    long requests,
    Latency latency,
    Map<String, KindResult> byKind,
    Latency boot) {

  public LoadReport {
    errorsByKind = Collections.unmodifiableSortedMap(new TreeMap<>(errorsByKind));
    byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
  }

  /** Percentiles in milliseconds over {@code count} samples; all 0 when there are none. */
  public record Latency(long count, double p50Ms, double p99Ms, double maxMs) {}

  /** One file kind: its requests' times, and how many of them failed. */
  public record KindResult(Latency latency, long errors) {}

  /** Completed boots a second. */
  public double phonesPerSecond() {
    return perSecond(completed);
  }

  public double requestsPerSecond() {
    return perSecond(requests);
  }

  /** Errors over phones asked for, 0 to 1. */
  public double errorRate() {
    return (double) errors / phones;
  }

  private double perSecond(long count) {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : count / seconds;
  }
}
