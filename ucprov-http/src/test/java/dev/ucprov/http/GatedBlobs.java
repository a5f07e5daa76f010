package dev.ucprov.http;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.MemoryOnly;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * An in-memory blob store whose reads, when {@link #block} is set, behave as a file system's do:
 * they would block, so inside {@link MemoryOnly#call} they refuse.
 */
final class GatedBlobs implements BlobStore {

  private final BlobStore delegate;
  private volatile boolean block;

  GatedBlobs(BlobStore delegate) {
    this.delegate = delegate;
  }

  void block(boolean readsBlock) {
    this.block = readsBlock;
  }

  @Override
  public BlobRef put(InputStream content) throws IOException {
    return delegate.put(content);
  }

  @Override
  public BlobRef put(byte[] content) throws IOException {
    return delegate.put(content);
  }

  @Override
  public Optional<InputStream> open(BlobRef blob) throws IOException {
    gate();
    return delegate.open(blob);
  }

  @Override
  public Optional<byte[]> read(BlobRef blob) throws IOException {
    gate();
    return delegate.read(blob);
  }

  private void gate() {
    if (block) {
      MemoryOnly.check();
    }
  }
}
