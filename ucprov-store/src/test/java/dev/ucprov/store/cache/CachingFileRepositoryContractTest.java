package dev.ucprov.store.cache;

import dev.ucprov.core.contract.FileRepositoryContract;

class CachingFileRepositoryContractTest extends CachedH2Store implements FileRepositoryContract {}
