package dev.ucprov.http;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.MemoryOnly;
import dev.ucprov.core.testing.ForwardingBlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * An in-memory blob store whose reads, when {@link #block} is set, behave as a file system's do:
 * they would block, so inside {@link MemoryOnly#call} they refuse.
 */
final class GatedBlobs extends ForwardingBlobStore {

  private volatile boolean block;

  GatedBlobs(BlobStore delegate) {
    super(delegate);
  }

  void block(boolean readsBlock) {
    this.block = readsBlock;
  }

  @Override
  public Optional<InputStream> open(BlobRef blob) throws IOException {
    gate();
    return super.open(blob);
  }

  @Override
  public Optional<byte[]> read(BlobRef blob) throws IOException {
    gate();
    return super.read(blob);
  }

  private void gate() {
    if (block) {
      MemoryOnly.check();
    }
  }
}
