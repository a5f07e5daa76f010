package dev.ucprov.sim.load;

import dev.ucprov.sim.phone.BootResult;
import dev.ucprov.sim.phone.Step;
import dev.ucprov.sim.phone.StepKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Counts and latencies of a load test as the boots end. Times are recorded in microseconds with 3
 * significant digits. Thread-safe: every phone's thread records into it at once; the maps of kinds
 * are filled in the constructor and only read after.
 */
final class LoadRecorder {

  private final Predicate<Step> counted;
  private final Map<StepKind, ConcurrentHistogram> kinds = new EnumMap<>(StepKind.class);
  private final Map<StepKind, LongAdder> kindErrors = new EnumMap<>(StepKind.class);
  private final ConcurrentHistogram all = histogram();
  private final ConcurrentHistogram boots = histogram();
  private final LongAdder completed = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder requests = new LongAdder();
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

  /**
   * @param counted the steps that count: all of them, or all but uploads when they are not sent
   */
  LoadRecorder(Predicate<Step> counted) {
    this.counted = counted;
    for (StepKind kind : StepKind.values()) {
      kinds.put(kind, histogram());
      kindErrors.put(kind, new LongAdder());
    }
  }

  void record(BootResult result) {
    for (Step step : result.steps()) {
      if (step.isRequest() && counted.test(step)) {
        long micros = micros(step.duration());
        kinds.get(step.kind()).recordValue(micros);
        all.recordValue(micros);
        requests.increment();
        if (ErrorKind.isError(step.result())) {
          kindErrors.get(step.kind()).increment();
        }
      }
    }
    boots.recordValue(micros(result.elapsed()));
    Optional<String> error = ErrorKind.of(result, counted);
    if (error.isPresent()) {
      error(error.get(), 1);
    } else {
      completed.increment();
    }
  }

  void error(String kind, long phones) {
    if (phones > 0) {
      failed.add(phones);
      errors.computeIfAbsent(kind, k -> new LongAdder()).add(phones);
    }
  }

  /** How far the test is; cheap enough to call every few hundred milliseconds. */
  LoadSnapshot snapshot(int phones, long started, Duration elapsed) {
    return new LoadSnapshot(
        phones, started, completed.sum(), failed.sum(), requests.sum(), elapsed);
  }

  LoadReport report(int phones, Duration elapsed) {
    Map<String, LoadReport.KindResult> byKind = new LinkedHashMap<>();
    for (StepKind kind : StepKind.values()) {
      ConcurrentHistogram histogram = kinds.get(kind);
      if (histogram.getTotalCount() > 0) {
        byKind.put(
            kind.label(),
            new LoadReport.KindResult(latency(histogram), kindErrors.get(kind).sum()));
      }
    }
    Map<String, Long> errorCounts = new TreeMap<>();
    errors.forEach((kind, count) -> errorCounts.put(kind, count.sum()));
    return new LoadReport(
        phones,
        completed.sum(),
        failed.sum(),
        new TreeMap<>(errorCounts),
        elapsed,
        requests.sum(),
        latency(all),
        byKind,
        latency(boots));
  }

  static LoadReport.Latency latency(AbstractHistogram histogram) {
    if (histogram.getTotalCount() == 0) {
      return new LoadReport.Latency(0, 0, 0, 0);
    }
    return new LoadReport.Latency(
        histogram.getTotalCount(),
        histogram.getValueAtPercentile(50) / 1000.0,
        histogram.getValueAtPercentile(99) / 1000.0,
        histogram.getMaxValue() / 1000.0);
  }

  private static long micros(Duration duration) {
    return Math.max(1, duration.toNanos() / 1000);
  }

  private static ConcurrentHistogram histogram() {
    return new ConcurrentHistogram(3);
  }
}
