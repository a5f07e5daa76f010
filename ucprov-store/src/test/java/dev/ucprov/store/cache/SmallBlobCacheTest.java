package dev.ucprov.store.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.contract.BlobStoreContract;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.MemoryOnly;
import dev.ucprov.store.blob.FileSystemBlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blob contract holds through the cache, and small blobs are then read from memory. */
class SmallBlobCacheTest implements BlobStoreContract {

  @TempDir Path root;

  private SmallBlobCache cache;

  @Override
  public synchronized BlobStore blobs() {
    if (cache == null) {
      cache = new SmallBlobCache(files(), 100, 250);
    }
    return cache;
  }

  private FileSystemBlobStore files() {
    try {
      return new FileSystemBlobStore(root.resolve("blobs"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aSmallBlobOnceReadIsReadFromMemoryEvenWhenReadsMayNotBlock() throws IOException {
    BlobRef small = blobs().put(bytes(80, 's'));
    assertThat(blobs().read(small))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes(80, 's')));

    Optional<InputStream> fromMemory = MemoryOnly.call(() -> blobs().open(small));

    assertThat(fromMemory.orElseThrow().readAllBytes()).isEqualTo(bytes(80, 's'));
    assertThat(cache.keptBytes()).isEqualTo(80);
  }

  @Test
  void aBlobNotYetReadOrTooLargeNeedsTheFiles() throws IOException {
    BlobRef small = blobs().put(bytes(80, 's'));
    BlobRef large = blobs().put(bytes(101, 'l'));
    blobs().read(large);

    assertThatThrownBy(() -> MemoryOnly.call(() -> blobs().open(small)))
        .isInstanceOf(MemoryOnly.WouldBlock.class);
    assertThatThrownBy(() -> MemoryOnly.call(() -> blobs().open(large)))
        .isInstanceOf(MemoryOnly.WouldBlock.class);
    assertThat(cache.keptBytes()).isZero();
    assertThat(blobs().open(large).orElseThrow().readAllBytes()).isEqualTo(bytes(101, 'l'));
  }

  @Test
  void theLeastRecentlyReadGoFirstOnceTheBudgetIsPassed() throws IOException {
    BlobRef a = blobs().put(bytes(100, 'a'));
    BlobRef b = blobs().put(bytes(100, 'b'));
    BlobRef c = blobs().put(bytes(100, 'c'));
    blobs().read(a);
    blobs().read(b);
    blobs().read(a);
    blobs().read(c);

    assertThat(cache.keptBytes()).isEqualTo(200);
    assertThat(MemoryOnly.call(() -> blobs().read(a))).isPresent();
    assertThat(MemoryOnly.call(() -> blobs().read(c))).isPresent();
    assertThatThrownBy(() -> MemoryOnly.call(() -> blobs().read(b)))
        .isInstanceOf(MemoryOnly.WouldBlock.class);
  }

  @Test
  void whatAReaderChangesIsNotWhatTheNextOneReads() throws IOException {
    BlobRef blob = blobs().put(bytes(50, 'x'));
    byte[] first = blobs().read(blob).orElseThrow();
    Arrays.fill(first, (byte) 'y');

    assertThat(blobs().read(blob).orElseThrow()).isEqualTo(bytes(50, 'x'));
  }

  @Test
  void aMissingBlobIsNotKept() throws IOException {
    BlobRef blob = blobs().put(bytes(50, 'm'));
    try (var files = Files.walk(root.resolve("blobs"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.delete(file);
      }
    }

    assertThat(blobs().read(blob)).isEmpty();
    assertThat(cache.keptBytes()).isZero();
  }

  private static byte[] bytes(int size, char fill) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) fill);
    return bytes;
  }
}
