package dev.ucprov.store;

import dev.ucprov.core.contract.DeviceInventoryContract;

class PostgresDeviceInventoryIT extends PostgresFixture implements DeviceInventoryContract {

  PostgresDeviceInventoryIT(PostgresServer server) {
    super(server);
  }
}
