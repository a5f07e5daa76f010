package dev.ucprov.store.cache;

import dev.ucprov.core.contract.TenantRepositoryContract;

class CachingTenantRepositoryContractTest extends CachedH2Store
    implements TenantRepositoryContract {}
