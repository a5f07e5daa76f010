package dev.ucprov.store;

import dev.ucprov.core.contract.FileRepositoryContract;

class H2FileRepositoryTest extends H2Fixture implements FileRepositoryContract {}
