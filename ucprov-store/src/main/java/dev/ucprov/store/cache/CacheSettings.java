package dev.ucprov.store.cache;

import java.time.Duration;

/**
 * How long a cached answer may be served and how many answers each cache holds.
 *
 * @param timeToLive how stale an answer may be when another node changed the database; changes made
 *     through this node are seen at once
 * @param maxEntries the bound of each cache, approximate under concurrent fills; a full cache drops
 *     its expired answers, or all of them when that frees less than a quarter of the room
 */
public record CacheSettings(Duration timeToLive, int maxEntries) {

  public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofSeconds(2);

  /**
   * For a database no other process writes: a change can then only come through the caching
   * repositories, which invalidate at once, so the time to live only bounds the harm of a change
   * made behind their back (by hand, say).
   */
  public static final Duration SOLE_WRITER_TIME_TO_LIVE = Duration.ofMinutes(10);

  public static final int DEFAULT_MAX_ENTRIES = 200_000;

  public CacheSettings {
    if (timeToLive.isNegative()) {
      throw new IllegalArgumentException("cache time to live is negative: " + timeToLive);
    }
    if (maxEntries < 1) {
      throw new IllegalArgumentException("cache max entries must be at least 1: " + maxEntries);
    }
  }

  /** For a database that other servers may change too: their changes show within two seconds. */
  public static CacheSettings defaults() {
    return new CacheSettings(DEFAULT_TIME_TO_LIVE, DEFAULT_MAX_ENTRIES);
  }

  /** For a database this server alone writes, such as the embedded H2 file (see ADR 0014). */
  public static CacheSettings soleWriter() {
    return new CacheSettings(SOLE_WRITER_TIME_TO_LIVE, DEFAULT_MAX_ENTRIES);
  }
}
