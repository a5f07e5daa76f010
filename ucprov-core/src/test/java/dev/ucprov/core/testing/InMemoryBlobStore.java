package dev.ucprov.core.testing;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link BlobStore} in memory. Thread-safe: blobs are immutable arrays in a concurrent map, added
 * only once whole, so a failed stream leaves nothing. Counts reads, so tests can see a cache work.
 */
public final class InMemoryBlobStore implements BlobStore {

  private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  @Override
  public BlobRef put(InputStream content) throws IOException {
    return put(content.readAllBytes());
  }

  @Override
  public BlobRef put(byte[] content) throws IOException {
    byte[] copy = content.clone();
    BlobRef ref = new BlobRef(sha256(copy), copy.length);
    blobs.putIfAbsent(ref.sha256(), copy);
    return ref;
  }

  @Override
  public Optional<InputStream> open(BlobRef blob) throws IOException {
    return find(blob).map(ByteArrayInputStream::new);
  }

  @Override
  public Optional<byte[]> read(BlobRef blob) throws IOException {
    reads.incrementAndGet();
    return find(blob).map(byte[]::clone);
  }

  /** How many times {@link #read} was called. */
  public int reads() {
    return reads.get();
  }

  private Optional<byte[]> find(BlobRef blob) {
    byte[] bytes = blobs.get(blob.sha256());
    return bytes != null && bytes.length == blob.size() ? Optional.of(bytes) : Optional.empty();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
