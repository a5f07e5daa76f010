package dev.ucprov.core.testing;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.Notifier;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.checksync.Scheduler;
import dev.ucprov.core.device.MacAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A {@link Notifier} that answers what a script says after a fixed latency on a {@link Scheduler}'s
 * clock, and records every call: when it started, to which target, and how many were awaiting their
 * answer at once. An empty answer never completes. Thread-safe.
 */
public final class ScriptedNotifier implements Notifier {

  /** One call: the target and when it came. */
  public record Call(NotifyTarget target, Instant at) {
    public MacAddress mac() {
      return target.mac();
    }
  }

  private final Scheduler scheduler;
  private final Clock clock;
  private final Duration latency;
  private final Function<NotifyTarget, Optional<Delivery>> script;
  private final List<Call> calls = new ArrayList<>();
  private int inFlight;
  private int peak;

  public ScriptedNotifier(
      Scheduler scheduler,
      Clock clock,
      Duration latency,
      Function<NotifyTarget, Optional<Delivery>> script) {
    this.scheduler = scheduler;
    this.clock = clock;
    this.latency = latency;
    this.script = script;
  }

  /** Every phone answers 200 OK by SIP. */
  public static ScriptedNotifier allOk(Scheduler scheduler, Clock clock, Duration latency) {
    return new ScriptedNotifier(scheduler, clock, latency, target -> Optional.of(ok()));
  }

  public static Delivery ok() {
    return new Delivery(Delivery.Outcome.OK, 200, "OK", Delivery.Via.SIP);
  }

  @Override
  public CompletionStage<Delivery> checkSync(NotifyTarget target) {
    CompletableFuture<Delivery> answer = new CompletableFuture<>();
    Optional<Delivery> scripted = script.apply(target);
    synchronized (this) {
      calls.add(new Call(target, clock.instant()));
      inFlight++;
      peak = Math.max(peak, inFlight);
    }
    scripted.ifPresent(delivery ->
        scheduler.at(
            clock.instant().plus(latency),
            () -> {
              synchronized (this) {
                inFlight--;
              }
              answer.complete(delivery);
            }));
    return answer;
  }

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The most calls that awaited their answer at once. */
  public synchronized int peakInFlight() {
    return peak;
  }
}
