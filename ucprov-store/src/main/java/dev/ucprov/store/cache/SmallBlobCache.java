package dev.ucprov.store.cache;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the small blobs last read in memory, so a phone's configuration files and the templates
 * that render them are served without a file read (and, under {@code MemoryOnly}, without leaving
 * the network thread: ADR 0020). A blob's name is the hash of its bytes, so a kept copy is never
 * stale and needs no invalidation. Blobs larger than {@code maxBlobBytes} (firmware) always come
 * from the delegate; the least recently read go first once the kept bytes pass {@code budgetBytes}.
 *
 * <p>Thread-safe: one lock around the map, held only to look up or insert, never during a read.
 */
public final class SmallBlobCache implements BlobStore {

  /** Configuration files are a few KB; a directory of a thousand contacts is about 100 KB. */
  public static final int DEFAULT_MAX_BLOB_BYTES = 256 * 1024;

  public static final long DEFAULT_BUDGET_BYTES = 32L * 1024 * 1024;

  private final BlobStore delegate;
  private final int maxBlobBytes;
  private final long budgetBytes;
  private final Map<String, byte[]> kept = new LinkedHashMap<>(256, 0.75f, true);
  private long keptBytes;

  public SmallBlobCache(BlobStore delegate, int maxBlobBytes, long budgetBytes) {
    if (maxBlobBytes < 0 || budgetBytes < maxBlobBytes) {
      throw new IllegalArgumentException(
          "need 0 <= maxBlobBytes <= budgetBytes: " + maxBlobBytes + ", " + budgetBytes);
    }
    this.delegate = delegate;
    this.maxBlobBytes = maxBlobBytes;
    this.budgetBytes = budgetBytes;
  }

  public SmallBlobCache(BlobStore delegate) {
    this(delegate, DEFAULT_MAX_BLOB_BYTES, DEFAULT_BUDGET_BYTES);
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

  /** From memory when kept; a small blob read from the delegate is kept. */
  @Override
  public Optional<InputStream> open(BlobRef blob) throws IOException {
    if (blob.size() > maxBlobBytes) {
      return delegate.open(blob);
    }
    // A stream only reads the kept array, so it needs no copy of it.
    return kept(blob).map(ByteArrayInputStream::new);
  }

  /** A copy, since the caller owns what it gets. */
  @Override
  public Optional<byte[]> read(BlobRef blob) throws IOException {
    if (blob.size() > maxBlobBytes) {
      return delegate.read(blob);
    }
    return kept(blob).map(byte[]::clone);
  }

  private Optional<byte[]> kept(BlobRef blob) throws IOException {
    byte[] found = lookup(blob.sha256());
    if (found != null) {
      return Optional.of(found);
    }
    Optional<byte[]> read = delegate.read(blob);
    read.ifPresent(bytes -> keep(blob.sha256(), bytes));
    return read;
  }

  /** How many bytes are kept now. */
  public synchronized long keptBytes() {
    return keptBytes;
  }

  private synchronized byte[] lookup(String sha256) {
    return kept.get(sha256);
  }

  private synchronized void keep(String sha256, byte[] bytes) {
    byte[] before = kept.put(sha256, bytes);
    keptBytes += bytes.length - (before == null ? 0 : before.length);
    var oldest = kept.entrySet().iterator();
    while (keptBytes > budgetBytes && oldest.hasNext()) {
      keptBytes -= oldest.next().getValue().length;
      oldest.remove();
    }
  }
}
