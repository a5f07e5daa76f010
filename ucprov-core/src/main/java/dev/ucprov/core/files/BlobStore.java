package dev.ucprov.core.files;

import java.io.IOException;
import java.io.InputStream;
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

  /** A fresh stream over the blob's bytes, which the caller closes. */
  Optional<InputStream> open(BlobRef blob) throws IOException;

  /** The whole blob in memory; for small files (configs, templates). */
  Optional<byte[]> read(BlobRef blob) throws IOException;
}
