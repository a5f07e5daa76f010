package dev.ucprov.store;

import dev.ucprov.core.contract.FileRepositoryContract;

class PostgresFileRepositoryIT extends PostgresFixture implements FileRepositoryContract {

  PostgresFileRepositoryIT(PostgresServer server) {
    super(server);
  }
}
