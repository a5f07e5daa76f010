package dev.ucprov.store;

import dev.ucprov.core.contract.DeviceRepositoryContract;

class PostgresDeviceRepositoryIT extends PostgresFixture implements DeviceRepositoryContract {

  PostgresDeviceRepositoryIT(PostgresServer server) {
    super(server);
  }
}
