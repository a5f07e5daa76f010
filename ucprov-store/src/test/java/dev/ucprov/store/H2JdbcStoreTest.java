package dev.ucprov.store;

class H2JdbcStoreTest extends H2Fixture implements JdbcStoreBehaviour {}
