package dev.ucprov.core.abuse;

import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts suspicious requests per source address and tells listeners which addresses to slow down or
 * refuse ({@link AbuseLimits}). Memory is bounded: at most {@code maxSources} addresses are
 * tracked, each with at most {@code refuseAfter} event times.
 *
 * <p>Thread-safe. {@link #admit} on an address with no recent event reads one concurrent map and
 * takes no lock, so the common path costs next to nothing.
 */
public final class AbuseGuard {

  private final AbuseLimits limits;
  private final Clock clock;
  private final SecurityLog log;
  private final Map<String, SourceHistory> sources = new ConcurrentHashMap<>();

  public AbuseGuard(AbuseLimits limits, Clock clock, SecurityLog log) {
    this.limits = limits;
    this.clock = clock;
    this.log = log;
  }

  /** How to treat the next request from {@code source}. */
  public Admission admit(String source) {
    SourceHistory history = sources.get(source);
    if (history == null) {
      return Admission.admitted();
    }
    return history.admission(clock.millis(), limits);
  }

  /** Counts an event against its source and writes its log line. */
  public void record(SecurityEvent event) {
    long now = clock.millis();
    log.write(event.line(clock.instant()));
    if (!sources.containsKey(event.source()) && sources.size() >= limits.maxSources()) {
      makeRoom(now);
    }
    sources
        .computeIfAbsent(event.source(), s -> new SourceHistory(limits.refuseAfter()))
        .add(now, limits);
  }

  /** How many addresses are tracked. */
  public int trackedSources() {
    return sources.size();
  }

  /**
   * Forgets the addresses with nothing left to count, then, while more than three quarters of the
   * room is taken, the least recently active, so a flood of new addresses costs amortised constant
   * work per event. Racing callers may both sweep; that only forgets a little more.
   */
  private synchronized void makeRoom(long now) {
    if (sources.size() < limits.maxSources()) {
      return;
    }
    sources.values().removeIf(h -> h.idle(now, limits));
    int keep = limits.maxSources() * 3 / 4;
    int excess = sources.size() - keep;
    if (excess > 0) {
      sources.entrySet().stream()
          .sorted(Comparator.comparingLong(e -> e.getValue().lastEvent()))
          .limit(excess)
          .map(Map.Entry::getKey)
          .toList()
          .forEach(sources::remove);
    }
  }
}
