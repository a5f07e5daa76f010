package dev.ucprov.core.testing;

import dev.ucprov.core.contract.BlobStoreContract;
import dev.ucprov.core.files.BlobStore;

class InMemoryBlobStoreTest implements BlobStoreContract {

  private final InMemoryBlobStore blobs = new InMemoryBlobStore();

  @Override
  public BlobStore blobs() {
    return blobs;
  }
}
