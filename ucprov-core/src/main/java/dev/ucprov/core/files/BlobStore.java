package dev.ucprov.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Content-addressed storage for file bodies (firmware of tens of MB included).
 *
 * <p>Contract (tested by {@code BlobStoreContract}): {@code put} is atomic — a crash or an
 * exception mid-write never leaves a readable partial blob; putting the same bytes twice stores
 * them once; {@code open} of an unknown blob is empty. Thread-safe.
 */
public interface BlobStore {

  /** Stores the stream's bytes (read to the end, not closed) and names them. */
  BlobRef put(InputStream content) throws IOException;

  /** Stores bytes and names them. */
  BlobRef put(byte[] content) throws IOException;

  /**
   * Writes bytes as {@link #put} does, but leaves making them durable and readable by their name to
   * {@link #publish}, which does it for many at once (ADR 0024). Until then the blob may not be
   * readable, and a crash may lose it: whoever stages a blob must publish it before anything
   * durable names it. This default puts at once, and publishing it then has nothing to do.
   */
  default BlobRef stage(byte[] content) throws IOException {
    return put(content);
  }

  /**
   * Publishes blobs staged in this store: once it returns, each is durable and readable by its
   * name, or the reason it is not is answered, in order. A blob not staged here (put, or published
   * already) has nothing to do and succeeds.
   */
  default List<Optional<IOException>> publish(List<BlobRef> blobs) {
    return blobs.stream().map(blob -> Optional.<IOException>empty()).toList();
  }

  /** A fresh stream over the blob's bytes, which the caller closes. */
  Optional<InputStream> open(BlobRef blob) throws IOException;

  /** The whole blob in memory; for small files (configs, templates). */
  Optional<byte[]> read(BlobRef blob) throws IOException;
}
