package dev.ucprov.store.cache;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.files.StoredFile;
import dev.ucprov.core.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The latest version of a file from a cache, absent files included, since a phone asks for many
 * names that exist in neither its tenant nor the shared files. Over a database this process alone
 * writes ({@link #soleWriter}), a path never stored is answered from the {@link Fingerprints} of
 * every stored path without the cache or the database. Listings and history go to the delegate;
 * writes go through and then invalidate. Thread-safe when the delegate is.
 */
public final class CachingFileRepository implements FileRepository {

  private final FileRepository delegate;
  private final StoreCache cache;
  private final Fingerprints paths;

  /** For a database other processes may write too: every miss reads the delegate. */
  public CachingFileRepository(FileRepository delegate, StoreCache cache) {
    this(delegate, cache, Fingerprints.unknown());
  }

  private CachingFileRepository(FileRepository delegate, StoreCache cache, Fingerprints paths) {
    this.delegate = delegate;
    this.cache = cache;
    this.paths = paths;
  }

  /**
   * For a database no other process writes, such as the embedded H2 file this process locks.
   *
   * @param scan reports every path stored in the delegate, in every scope
   */
  public static CachingFileRepository soleWriter(
      FileRepository delegate, StoreCache cache, Consumer<BiConsumer<FileScope, FilePath>> scan) {
    Fingerprints paths =
        Fingerprints.complete(
            add -> scan.accept((scope, path) -> add.accept(key(scope), path.value())));
    return new CachingFileRepository(delegate, cache, paths);
  }

  /** Paths whose fingerprint is known, for tests and measurements. */
  public int fingerprints() {
    return paths.size();
  }

  /** The scope as a fingerprint's first string: a tenant id is never empty. */
  private static String key(FileScope scope) {
    return switch (scope) {
      case FileScope.Shared shared -> "";
      case FileScope.OfTenant(TenantId tenant) -> tenant.value();
    };
  }

  @Override
  public FileVersion put(FileScope scope, FilePath path, BlobRef blob, boolean template) {
    paths.add(key(scope), path.value());
    try {
      return delegate.put(scope, path, blob, template);
    } finally {
      cache.files().invalidate(new FileKey(scope, path));
    }
  }

  @Override
  public Optional<FileVersion> delete(FileScope scope, FilePath path) {
    try {
      return delegate.delete(scope, path);
    } finally {
      cache.files().invalidate(new FileKey(scope, path));
    }
  }

  @Override
  public Optional<StoredFile> find(FileScope scope, FilePath path) {
    if (!paths.mayHold(key(scope), path.value())) {
      return Optional.empty();
    }
    return cache.files().get(new FileKey(scope, path), key -> delegate.find(scope, path));
  }

  @Override
  public List<StoredFile> list(FileScope scope) {
    return delegate.list(scope);
  }

  @Override
  public List<FileVersion> versions(FileScope scope, FilePath path) {
    return delegate.versions(scope, path);
  }

  @Override
  public Optional<FileVersion> version(FileScope scope, FilePath path, int version) {
    return delegate.version(scope, path, version);
  }
}
