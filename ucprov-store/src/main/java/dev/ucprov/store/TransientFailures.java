package dev.ucprov.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * Which failures mean "another transaction got there first", so the transaction is worth running
 * again. Every write checks its constraints before writing, so a constraint violation can only come
 * from a concurrent writer: the next attempt sees that writer's data and reports it properly.
 */
final class TransientFailures {

  /**
   * Serialisation failure or deadlock, PostgreSQL deadlock, H2 lock timeout, H2 concurrent update.
   * Class 23 (integrity constraint) is matched as a class.
   */
  private static final Set<String> STATES = Set.of("40001", "40P01", "HYT00", "90131");

  private TransientFailures() {}

  static boolean isTransient(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        return state.startsWith("23") || STATES.contains(state);
      }
    }
    return false;
  }
}
