package dev.ucprov.store;

import java.util.UUID;

class H2InventoryMigrationTest implements InventoryMigrationBehaviour {

  @Override
  public DatabaseSettings emptyDatabase() {
    return new DatabaseSettings("jdbc:h2:mem:" + UUID.randomUUID(), "", "", 2);
  }
}
