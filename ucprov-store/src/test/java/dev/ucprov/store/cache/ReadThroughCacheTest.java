package dev.ucprov.store.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadThroughCacheTest {

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
  final Map<String, String> source = new ConcurrentHashMap<>();
  final AtomicInteger loads = new AtomicInteger();

  Optional<String> load(String key) {
    loads.incrementAndGet();
    return Optional.ofNullable(source.get(key));
  }

  @Test
  void aFullCacheStaysWithinItsBoundAndKeepsAnswering() {
    var cache =
        new ReadThroughCache<String, String>(new CacheSettings(Duration.ofHours(1), 3), clock);
    for (int i = 0; i < 10; i++) {
      source.put("k" + i, "v" + i);
      assertThat(cache.get("k" + i, this::load)).contains("v" + i);
      assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
    for (int i = 0; i < 10; i++) {
      assertThat(cache.get("k" + i, this::load)).contains("v" + i);
    }
  }

  @Test
  void aFullCacheDropsItsExpiredAnswersBeforeItsLiveOnes() {
    var cache =
        new ReadThroughCache<String, String>(new CacheSettings(Duration.ofSeconds(2), 4), clock);
    cache.get("old1", this::load);
    cache.get("old2", this::load);
    clock.advance(Duration.ofSeconds(2));
    cache.get("live1", this::load);
    cache.get("live2", this::load);

    cache.get("live3", this::load);

    assertThat(cache.size()).isEqualTo(3);
    cache.get("live1", this::load);
    cache.get("live2", this::load);
    cache.get("live3", this::load);
    assertThat(loads).hasValue(5);
  }

  @Test
  void anExpiredAnswerIsLoadedAgain() {
    var cache =
        new ReadThroughCache<String, String>(new CacheSettings(Duration.ofSeconds(2), 10), clock);
    source.put("k", "old");
    assertThat(cache.get("k", this::load)).contains("old");
    source.put("k", "new");

    clock.advance(Duration.ofMillis(1999));
    assertThat(cache.get("k", this::load)).contains("old");
    clock.advance(Duration.ofMillis(1));
    assertThat(cache.get("k", this::load)).contains("new");
    assertThat(cache.get("k", this::load)).contains("new");

    assertThat(loads).hasValue(2);
  }

  @Test
  void aZeroTimeToLiveCachesNothing() {
    var cache = new ReadThroughCache<String, String>(new CacheSettings(Duration.ZERO, 10), clock);
    cache.get("k", this::load);
    cache.get("k", this::load);

    assertThat(loads).hasValue(2);
  }

  @Test
  void aFillThatReadBeforeAnInvalidationIsNotKept() throws Exception {
    var cache =
        new ReadThroughCache<String, String>(new CacheSettings(Duration.ofHours(1), 10), clock);
    source.put("k", "old");
    CountDownLatch read = new CountDownLatch(1);
    CountDownLatch written = new CountDownLatch(1);
    CompletableFuture<Optional<String>> slowFill =
        CompletableFuture.supplyAsync(() ->
            cache.get(
                "k",
                key -> {
                  Optional<String> old = load(key);
                  read.countDown();
                  await(written);
                  return old;
                }));

    assertThat(read.await(10, TimeUnit.SECONDS)).isTrue();
    source.put("k", "new");
    cache.invalidate("k");
    written.countDown();

    assertThat(slowFill.get(10, TimeUnit.SECONDS)).contains("old");
    assertThat(cache.get("k", this::load)).contains("new");
  }

  @Test
  void invalidatingEverythingForgetsEveryAnswer() {
    var cache =
        new ReadThroughCache<String, String>(new CacheSettings(Duration.ofHours(1), 10), clock);
    source.put("a", "1");
    cache.get("a", this::load);
    cache.get("b", this::load);
    source.put("a", "2");
    source.put("b", "3");

    cache.invalidateAll();

    assertThat(cache.get("a", this::load)).contains("2");
    assertThat(cache.get("b", this::load)).contains("3");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
