package dev.ucprov.store;

import dev.ucprov.core.contract.DeviceRepositoryContract;

class H2DeviceRepositoryTest extends H2Fixture implements DeviceRepositoryContract {}
