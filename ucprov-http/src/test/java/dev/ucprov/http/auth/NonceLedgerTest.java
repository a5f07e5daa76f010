package dev.ucprov.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonceLedgerTest {

  final NonceLedger ledger = new NonceLedger(10);

  @Test
  void eachCountIsAcceptedOnceEvenOutOfOrder() {
    assertThat(ledger.accept("n", 1, 1, 0)).isTrue();
    assertThat(ledger.accept("n", 1, 3, 0)).isTrue();
    assertThat(ledger.accept("n", 1, 2, 0)).isTrue();
    assertThat(ledger.accept("n", 1, 2, 0)).isFalse();
    assertThat(ledger.accept("n", 1, 3, 0)).isFalse();
    assertThat(ledger.accept("n", 1, 1, 0)).isFalse();
    assertThat(ledger.accept("other", 1, 1, 0)).isTrue();
  }

  @Test
  void countsFarBelowTheHighestAreRefused() {
    assertThat(ledger.accept("n", 1, 100, 0)).isTrue();
    assertThat(ledger.accept("n", 1, 36, 0)).isTrue();
    assertThat(ledger.accept("n", 1, 35, 0)).isFalse();
    assertThat(ledger.accept("n", 1, 1000, 0)).isTrue();
    assertThat(ledger.accept("n", 1, 100, 0)).isFalse();
    assertThat(ledger.accept("n", 1, 999, 0)).isTrue();
  }

  @Test
  void memoryIsBoundedAndForgottenNoncesBecomeUnusable() {
    for (int i = 0; i < 1000; i++) {
      assertThat(ledger.accept("n" + i, i, 1, 0)).isTrue();
      assertThat(ledger.size()).isLessThanOrEqualTo(10);
    }
    // n0 was forgotten: accepting its count again would let a replay through, so it is unusable.
    assertThat(ledger.usable(0)).isFalse();
    assertThat(ledger.accept("n0", 0, 1, 0)).isFalse();
    assertThat(ledger.usable(999)).isTrue();
  }

  @Test
  void expiredNoncesAreForgottenFirst() {
    for (int i = 0; i < 10; i++) {
      ledger.accept("n" + i, i, 1, 0);
    }
    ledger.accept("new", 100, 1, 50);
    assertThat(ledger.size()).isEqualTo(1);
    assertThat(ledger.usable(0)).as("expired, not evicted: the floor stays").isTrue();
  }
}
