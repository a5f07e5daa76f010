package dev.ucprov.store;

import dev.ucprov.core.contract.DeviceInventoryContract;

class H2DeviceInventoryTest extends H2Fixture implements DeviceInventoryContract {}
