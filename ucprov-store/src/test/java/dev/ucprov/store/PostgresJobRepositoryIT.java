package dev.ucprov.store;

import dev.ucprov.core.contract.JobRepositoryContract;

class PostgresJobRepositoryIT extends PostgresFixture implements JobRepositoryContract {

  PostgresJobRepositoryIT(PostgresServer server) {
    super(server);
  }
}
