package dev.ucprov.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

  @Test
  void lostRacesAreWorthAnotherAttempt() {
    for (String state :
        new String[] {"23505", "23503", "23506", "40001", "40P01", "HYT00", "90131"}) {
      assertThat(TransientFailures.isTransient(new SQLException("race", state))).as(state).isTrue();
    }
  }

  @Test
  void theFirstSqlExceptionInTheCauseChainDecides() {
    RuntimeException wrapped =
        new RuntimeException("statement failed", new SQLException("duplicate key", "23505"));
    RuntimeException syntax =
        new RuntimeException("statement failed", new SQLException("syntax error", "42601"));

    assertThat(TransientFailures.isTransient(wrapped)).isTrue();
    assertThat(TransientFailures.isTransient(syntax)).isFalse();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(TransientFailures.isTransient(new SQLException("too long", "22001"))).isFalse();
    assertThat(TransientFailures.isTransient(new SQLException("no state"))).isFalse();
    assertThat(TransientFailures.isTransient(new IllegalArgumentException("no tenant"))).isFalse();
  }
}
