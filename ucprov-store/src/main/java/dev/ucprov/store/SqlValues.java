package dev.ucprov.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Conversions between column values and the core's types, the same for every table. */
final class SqlValues {

  static final int IN_LIST = 1000;

  private SqlValues() {}

  /** A time as both databases keep it: to the microsecond (truncated, never rounded). */
  static Instant stored(Instant time) {
    return time.truncatedTo(ChronoUnit.MICROS);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  /**
   * Keys split into IN lists of at most {@link #IN_LIST}, well below the 32,767 parameters a
   * PostgreSQL statement may bind, whatever the size of a recorder's batch.
   */
  static List<List<String>> inLists(Collection<String> keys) {
    List<String> all = List.copyOf(keys);
    List<List<String>> lists = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IN_LIST) {
      lists.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
    }
    return lists;
  }

  static Optional<String> optional(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }
}
