package dev.ucprov.core.checksync.auto;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.files.StoredFile;
import dev.ucprov.core.provisioning.MacName;
import java.util.List;
import java.util.Optional;

/**
 * A {@link FileRepository} that reports which devices a stored or deleted file affects: a file
 * named by a MAC ({@code 0004f2aabbcc-lines.cfg}, {@code overrides/0004f2aabbcc-phone.cfg}) only
 * that device; any other file of a tenant (the master, {@code site.cfg}, a {@code
 * [PHONE_MAC_ADDRESS]} template, firmware) every device of the tenant, since each may receive it; a
 * shared file every tenant that does not shadow it. A put of the content and kind the file already
 * has changes nothing phones get and reports nothing. Thread-safe when the delegate is.
 */
public final class WatchedFileRepository implements FileRepository {

  private final FileRepository delegate;
  private final ChangeSink sink;

  public WatchedFileRepository(FileRepository delegate, ChangeSink sink) {
    this.delegate = delegate;
    this.sink = sink;
  }

  @Override
  public FileVersion put(FileScope scope, FilePath path, BlobRef blob, boolean template) {
    Optional<StoredFile> before = delegate.find(scope, path);
    FileVersion stored = delegate.put(scope, path, blob, template);
    boolean same =
        before.isPresent()
            && before.get().latest().blob().sha256().equals(blob.sha256())
            && before.get().latest().template() == template;
    if (!same) {
      report(scope, path);
    }
    return stored;
  }

  @Override
  public Optional<FileVersion> delete(FileScope scope, FilePath path) {
    Optional<FileVersion> deleted = delegate.delete(scope, path);
    deleted.ifPresent(version -> report(scope, path));
    return deleted;
  }

  private void report(FileScope scope, FilePath path) {
    sink.changed(
        switch (scope) {
          case FileScope.Shared shared -> new Change.OfSharedFile(path);
          case FileScope.OfTenant(var tenant) ->
              MacName.in(path)
                  .<Change>map(name -> new Change.OfDevice(tenant, name.mac()))
                  .orElseGet(() -> new Change.OfTenant(tenant));
        });
  }

  @Override
  public Optional<StoredFile> find(FileScope scope, FilePath path) {
    return delegate.find(scope, path);
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
