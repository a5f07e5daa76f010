package dev.ucprov.store.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

  @Test
  void anUnknownSetHoldsEverything() {
    Fingerprints unknown = Fingerprints.unknown();

    assertThat(unknown.isComplete()).isFalse();
    assertThat(unknown.mayHold("acme", "never-stored.cfg")).isTrue();
  }

  @Test
  void aCompleteSetHoldsWhatTheScanReportedAndWhatWasAddedAndNothingElse() {
    Fingerprints set =
        Fingerprints.complete(add -> {
          add.accept("acme", "000000000000.cfg");
          add.accept("", "firmware/sip.ld");
        });
    set.add("acme", "overrides/0004f2000001-phone.cfg");

    assertThat(set.isComplete()).isTrue();
    assertThat(set.mayHold("acme", "000000000000.cfg")).isTrue();
    assertThat(set.mayHold("", "firmware/sip.ld")).isTrue();
    assertThat(set.mayHold("acme", "overrides/0004f2000001-phone.cfg")).isTrue();
    assertThat(set.mayHold("globex", "000000000000.cfg")).isFalse();
    assertThat(set.mayHold("", "000000000000.cfg")).isFalse();
    assertThat(set.mayHold("acme", "overrides/0004f2000002-phone.cfg")).isFalse();
    assertThat(set.size()).isEqualTo(3);
  }

  @Test
  void theScopeAndTheNameAreTwoFieldsNotOneString() {
    assertThat(Fingerprints.fingerprint("ab", "c"))
        .isNotEqualTo(Fingerprints.fingerprint("a", "bc"));
    Fingerprints set = Fingerprints.complete(add -> add.accept("ab", "c"));

    assertThat(set.mayHold("a", "bc")).isFalse();
  }

  @Test
  void growingKeepsEveryKeyAndAddingTwiceCountsOnce() {
    Fingerprints set = Fingerprints.complete(add -> {});
    for (int i = 0; i < 50_000; i++) {
      set.add("t" + (i % 7), "0004f2" + i + "-phone.cfg");
    }
    set.add("t0", "0004f20-phone.cfg");

    assertThat(set.size()).isEqualTo(50_000);
    for (int i = 0; i < 50_000; i++) {
      assertThat(set.mayHold("t" + (i % 7), "0004f2" + i + "-phone.cfg")).isTrue();
    }
    int falsePositives = 0;
    for (int i = 50_000; i < 150_000; i++) {
      if (set.mayHold("t" + (i % 7), "0004f2" + i + "-phone.cfg")) {
        falsePositives++;
      }
    }
    assertThat(falsePositives).isZero();
  }

  /** A key added is seen by every reader that asks after the add returned, while others add. */
  @Test
  void readersSeeEveryKeyAddedBeforeTheyAskWhileTheTableGrows() throws Exception {
    Fingerprints set = Fingerprints.complete(add -> {});
    int writers = 4;
    int perWriter = 20_000;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> missed = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String scope = "w" + w;
        missed.add(
            pool.submit(() -> {
              start.await();
              int misses = 0;
              for (int i = 0; i < perWriter; i++) {
                set.add(scope, Integer.toString(i));
                // Keys this thread added earlier, possibly before another thread grew the table.
                if (!set.mayHold(scope, Integer.toString(i / 2))) {
                  misses++;
                }
              }
              return misses;
            }));
      }
      start.countDown();
      for (Future<Integer> writer : missed) {
        assertThat(writer.get(60, TimeUnit.SECONDS)).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(set.size()).isEqualTo(writers * perWriter);
  }
}
