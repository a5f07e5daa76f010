package dev.ucprov.store;

class PostgresJdbcStoreIT extends PostgresFixture implements JdbcStoreBehaviour {

  PostgresJdbcStoreIT(PostgresServer server) {
    super(server);
  }
}
