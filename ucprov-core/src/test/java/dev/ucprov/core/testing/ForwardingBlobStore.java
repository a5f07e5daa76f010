package dev.ucprov.core.testing;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** A blob store that passes every call on: tests override only the calls they watch or change. */
public abstract class ForwardingBlobStore implements BlobStore {

  private final BlobStore delegate;

  protected ForwardingBlobStore(BlobStore delegate) {
    this.delegate = delegate;
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
  public BlobRef stage(byte[] content) throws IOException {
    return delegate.stage(content);
  }

  @Override
  public List<Optional<IOException>> publish(List<BlobRef> blobs) {
    return delegate.publish(blobs);
  }

  @Override
  public Optional<InputStream> open(BlobRef blob) throws IOException {
    return delegate.open(blob);
  }

  @Override
  public Optional<byte[]> read(BlobRef blob) throws IOException {
    return delegate.read(blob);
  }
}
