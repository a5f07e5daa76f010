package dev.ucprov.sim.load;

import dev.ucprov.core.device.MacAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a load test does: which phones boot, how fast they arrive, and for how long at most.
 *
 * @param macs the phones, one boot each, started in this order
 * @param rate phones started per second; empty: all at once
 * @param duration after it no phone starts and the boots still running are cut (errors of kind
 *     {@code timeout}); empty: until every phone is done
 * @param concurrency phones booting at once, at most; empty: no limit beyond the rate
 * @param uploads whether the phones' uploads are sent and counted; off for a server that only reads
 *     (nginx on an exported tree), where they are answered locally and left out
 */
public record LoadPlan(
    List<MacAddress> macs,
    Optional<Double> rate,
    Optional<Duration> duration,
    OptionalInt concurrency,
    boolean uploads) {

  public LoadPlan {
    macs = List.copyOf(macs);
    if (macs.isEmpty()) {
      throw new IllegalArgumentException("a load test needs at least one phone");
    }
    rate.ifPresent(r -> {
      if (!(r > 0) || r.isInfinite()) {
        throw new IllegalArgumentException("rate must be above 0 phones a second: " + r);
      }
    });
    duration.ifPresent(d -> {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("duration must be above 0: " + d);
      }
    });
    concurrency.ifPresent(c -> {
      if (c < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1: " + c);
      }
    });
  }

  /** Every phone at once, until all are done, uploads sent. */
  public static LoadPlan of(List<MacAddress> macs) {
    return new LoadPlan(macs, Optional.empty(), Optional.empty(), OptionalInt.empty(), true);
  }

  public int phones() {
    return macs.size();
  }

  public LoadPlan withRate(double perSecond) {
    return new LoadPlan(macs, Optional.of(perSecond), duration, concurrency, uploads);
  }

  public LoadPlan withDuration(Duration limit) {
    return new LoadPlan(macs, rate, Optional.of(limit), concurrency, uploads);
  }

  public LoadPlan withConcurrency(int limit) {
    return new LoadPlan(macs, rate, duration, OptionalInt.of(limit), uploads);
  }

  public LoadPlan withoutUploads() {
    return new LoadPlan(macs, rate, duration, concurrency, false);
  }
}
