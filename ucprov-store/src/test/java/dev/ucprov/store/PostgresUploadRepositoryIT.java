package dev.ucprov.store;

import dev.ucprov.core.contract.UploadRepositoryContract;

class PostgresUploadRepositoryIT extends PostgresFixture implements UploadRepositoryContract {

  PostgresUploadRepositoryIT(PostgresServer server) {
    super(server);
  }
}
