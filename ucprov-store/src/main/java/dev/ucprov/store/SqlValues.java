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
import org.jdbi.v3.core.statement.SqlStatement;

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
   * A table of the keys bound as array {@code :keys}, to join on: {@code SELECT ... FROM KEYS JOIN
   * t ON t.mac = k.key}. Both databases then look each key up in t's index. An {@code IN (?, ?,
   * ...)} list does too, but H2 then checks every row found against the whole list again, which
   * makes a batch of a thousand devices cost a million comparisons.
   */
  static final String KEYS = "UNNEST(CAST(:keys AS VARCHAR ARRAY)) AS k(key_value)";

  /** Binds {@code keys} to the {@link #KEYS} table. */
  static <S extends SqlStatement<S>> S bindKeys(S statement, List<String> keys) {
    return statement.bindArray("keys", String.class, keys);
  }

  /**
   * Keys split into lists of at most {@link #IN_LIST}, so that no statement grows with the size of
   * a recorder's batch.
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
