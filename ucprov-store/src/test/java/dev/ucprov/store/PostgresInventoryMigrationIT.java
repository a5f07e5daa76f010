package dev.ucprov.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresServer.Extension.class)
class PostgresInventoryMigrationIT implements InventoryMigrationBehaviour {

  private final PostgresServer server;
  private final List<DatabaseSettings> made = new ArrayList<>();

  PostgresInventoryMigrationIT(PostgresServer server) {
    this.server = server;
  }

  @Override
  public DatabaseSettings emptyDatabase() {
    DatabaseSettings settings = server.emptyDatabase();
    made.add(settings);
    return settings;
  }

  @AfterEach
  void drop() {
    made.forEach(server::drop);
  }
}
