package dev.ucprov.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Conversions between column values and the core's types, the same for every table. */
final class SqlValues {

  private SqlValues() {}

  /** A time as both databases keep it: to the microsecond (truncated, never rounded). */
  static Instant stored(Instant time) {
    return time.truncatedTo(ChronoUnit.MICROS);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  static Optional<String> optional(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }
}
