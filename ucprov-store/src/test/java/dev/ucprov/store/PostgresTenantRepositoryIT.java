package dev.ucprov.store;

import dev.ucprov.core.contract.TenantRepositoryContract;

class PostgresTenantRepositoryIT extends PostgresFixture implements TenantRepositoryContract {

  PostgresTenantRepositoryIT(PostgresServer server) {
    super(server);
  }
}
