package dev.ucprov.store;

import dev.ucprov.core.contract.UploadRepositoryContract;

class H2UploadRepositoryTest extends H2Fixture implements UploadRepositoryContract {}
