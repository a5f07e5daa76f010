package dev.ucprov.store;

import java.util.UUID;

/**
 * A private in-memory H2 database per test. It lives while the pool holds a connection, and the
 * pool always holds some until it is closed, so closing the pool drops it.
 */
abstract class H2Fixture extends StoreFixture {

  @Override
  DatabaseSettings freshDatabase() {
    return new DatabaseSettings("jdbc:h2:mem:" + UUID.randomUUID(), "", "", 10);
  }
}
