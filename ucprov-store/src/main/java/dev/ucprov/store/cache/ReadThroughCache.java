package dev.ucprov.store.cache;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Answers of one lookup, absent ones included, each kept for the time to live.
 *
 * <p>Thread-safety: reads are lock-free. A fill records the generation before it asks the delegate,
 * and stores its answer only if no invalidation happened since; the check and the store are one
 * atomic {@code compute} on the key, and an invalidation bumps the generation before it removes, so
 * an answer read before a write can never be stored after that write's invalidation. Callers
 * invalidate after their write reached the delegate.
 */
final class ReadThroughCache<K, V> {

  private record Entry<V>(Optional<V> value, long expiresAt) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private final AtomicBoolean sweeping = new AtomicBoolean();
  private final Clock clock;
  private final long timeToLiveMillis;
  private final int maxEntries;

  ReadThroughCache(CacheSettings settings, Clock clock) {
    this.clock = clock;
    this.timeToLiveMillis = settings.timeToLive().toMillis();
    this.maxEntries = settings.maxEntries();
  }

  /** The cached answer for the key, or the loader's, which is then cached. */
  Optional<V> get(K key, Function<? super K, Optional<V>> loader) {
    long now = clock.millis();
    Entry<V> cached = entries.get(key);
    if (cached != null && now < cached.expiresAt()) {
      return cached.value();
    }
    long seen = generation.get();
    Optional<V> loaded = loader.apply(key);
    // The time to live counts from before the read, so no answer outlives it.
    Entry<V> fresh = new Entry<>(loaded, now + timeToLiveMillis);
    if (entries.size() >= maxEntries) {
      makeRoom(now);
    }
    entries.compute(key, (k, current) -> generation.get() == seen ? fresh : current);
    return loaded;
  }

  /**
   * Drops expired answers, and every answer if that frees less than a quarter of the room, so a
   * full cache costs amortised constant work per fill. Dropping answers never makes one stale, so
   * it needs no new generation; one thread sweeps at a time, the others fill on.
   */
  private void makeRoom(long now) {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      entries.values().removeIf(entry -> entry.expiresAt() <= now);
      if (entries.size() > maxEntries - Math.max(1, maxEntries / 4)) {
        entries.clear();
      }
    } finally {
      sweeping.set(false);
    }
  }

  void invalidate(K key) {
    generation.incrementAndGet();
    entries.remove(key);
  }

  void invalidateAll() {
    generation.incrementAndGet();
    entries.clear();
  }

  /** How many answers are held, expired ones included. */
  int size() {
    return entries.size();
  }
}
