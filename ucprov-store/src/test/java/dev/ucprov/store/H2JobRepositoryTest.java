package dev.ucprov.store;

import dev.ucprov.core.contract.JobRepositoryContract;

class H2JobRepositoryTest extends H2Fixture implements JobRepositoryContract {}
