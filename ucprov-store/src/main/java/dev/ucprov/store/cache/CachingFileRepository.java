package dev.ucprov.store.cache;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.files.StoredFile;
import java.util.List;
import java.util.Optional;

/**
 * The latest version of a file from a cache, absent files included, since a phone asks for many
 * names that exist in neither its tenant nor the shared files. Listings and history go to the
 * delegate; writes go through and then invalidate. Thread-safe when the delegate is.
 */
public final class CachingFileRepository implements FileRepository {

  private final FileRepository delegate;
  private final StoreCache cache;

  public CachingFileRepository(FileRepository delegate, StoreCache cache) {
    this.delegate = delegate;
    this.cache = cache;
  }

  @Override
  public FileVersion put(FileScope scope, FilePath path, BlobRef blob, boolean template) {
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
