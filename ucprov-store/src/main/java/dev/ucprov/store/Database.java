package dev.ucprov.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ucprov.core.provisioning.MemoryOnly;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A connection pool on a migrated database. Opening migrates the schema ({@code db/migration}, one
 * set of scripts for H2 and PostgreSQL). Thread-safe; close it once, when the server stops.
 */
public final class Database implements AutoCloseable {

  /** Attempts of a transaction that loses a race (a unique key, a lock, a serialisation). */
  static final int MAX_ATTEMPTS = 8;

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final LongAdder commits = new LongAdder();
  private final LongAdder statements = new LongAdder();

  private Database(HikariDataSource pool) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    jdbi.registerArgument(new InstantArgumentFactory());
    jdbi.getConfig(SqlStatements.class)
        .setSqlLogger(
            new SqlLogger() {
              @Override
              public void logAfterExecution(StatementContext context) {
                statements.increment();
              }
            });
  }

  /** Opens the pool and brings the schema up to date. */
  public static Database open(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.username());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.maxPoolSize());
    config.setPoolName("ucprov-store");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Flyway.configure()
          .dataSource(pool)
          .loggers("slf4j")
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool);
  }

  /**
   * Runs {@code work} in one transaction, again from the start when it lost a race to another
   * transaction (see {@link TransientFailures}). Work must therefore only touch the database.
   *
   * @throws MemoryOnly.WouldBlock inside {@link MemoryOnly#call}, before any connection is taken
   */
  <R> R transaction(HandleCallback<R, RuntimeException> work) {
    MemoryOnly.check();
    for (int attempt = 1; ; attempt++) {
      try {
        R result = jdbi.inTransaction(work);
        commits.increment();
        return result;
      } catch (RuntimeException e) {
        if (attempt >= MAX_ATTEMPTS || !TransientFailures.isTransient(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  /**
   * Reads outside any explicit transaction (each statement sees committed data).
   *
   * @throws MemoryOnly.WouldBlock inside {@link MemoryOnly#call}, before any connection is taken
   */
  <R> R read(HandleCallback<R, RuntimeException> work) {
    MemoryOnly.check();
    return jdbi.withHandle(work);
  }

  /** Transactions committed through {@link #transaction} since opening, for measurements. */
  public long commits() {
    return commits.sum();
  }

  /** Statements executed since opening (a JDBC batch counts once), for measurements. */
  public long statements() {
    return statements.sum();
  }

  @Override
  public void close() {
    pool.close();
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 1L + 5L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a transaction", e);
    }
  }

  /**
   * Binds instants as {@code OffsetDateTime} in UTC: a {@code Timestamp} would pass through the
   * JVM's zone and lose an hour around daylight-saving changes.
   */
  private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
    InstantArgumentFactory() {
      super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      OffsetDateTime utc = OffsetDateTime.ofInstant(SqlValues.stored(value), ZoneOffset.UTC);
      return (position, statement, context) -> statement.setObject(position, utc);
    }
  }
}
