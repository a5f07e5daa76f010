package dev.ucprov.store.cache;

import dev.ucprov.core.contract.FileRepositoryContract;

/** The file contract over the caching repository that answers absent paths from fingerprints. */
class SoleWriterFileRepositoryContractTest extends CachedH2Store implements FileRepositoryContract {

  @Override
  boolean soleWriter() {
    return true;
  }
}
