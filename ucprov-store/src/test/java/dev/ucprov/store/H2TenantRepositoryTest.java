package dev.ucprov.store;

import dev.ucprov.core.contract.TenantRepositoryContract;

class H2TenantRepositoryTest extends H2Fixture implements TenantRepositoryContract {}
