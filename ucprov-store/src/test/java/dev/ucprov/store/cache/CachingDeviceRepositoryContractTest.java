package dev.ucprov.store.cache;

import dev.ucprov.core.contract.DeviceRepositoryContract;

class CachingDeviceRepositoryContractTest extends CachedH2Store
    implements DeviceRepositoryContract {}
