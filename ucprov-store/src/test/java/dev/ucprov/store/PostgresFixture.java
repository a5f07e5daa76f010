package dev.ucprov.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** A fresh database per test on the one PostgreSQL server of the test run. */
@ExtendWith(PostgresServer.Extension.class)
abstract class PostgresFixture extends StoreFixture {

  private final PostgresServer server;

  PostgresFixture(PostgresServer server) {
    this.server = server;
  }

  @Override
  DatabaseSettings freshDatabase() {
    return server.freshDatabase();
  }

  @Override
  void discard(DatabaseSettings settings) {
    server.drop(settings);
  }
}
