package dev.ucprov.core.testing;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.files.StoredFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link FileRepository} in memory; see {@link InMemoryStore} for thread-safety. Version times come
 * from the store's clock and never go backwards within one file's history.
 */
public final class InMemoryFileRepository implements FileRepository {

  private final InMemoryStore store;

  InMemoryFileRepository(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public FileVersion put(FileScope scope, FilePath path, BlobRef blob, boolean template) {
    synchronized (store) {
      if (scope instanceof FileScope.OfTenant(var tenant)) {
        store.requireTenant(tenant, "file " + path);
      }
      return append(scope, path, blob, template, false);
    }
  }

  @Override
  public Optional<FileVersion> delete(FileScope scope, FilePath path) {
    synchronized (store) {
      Optional<FileVersion> latest = latestExisting(scope, path);
      return latest.map(last -> append(scope, path, last.blob(), last.template(), true));
    }
  }

  @Override
  public Optional<StoredFile> find(FileScope scope, FilePath path) {
    synchronized (store) {
      return latestExisting(scope, path).map(latest -> new StoredFile(scope, path, latest));
    }
  }

  @Override
  public List<StoredFile> list(FileScope scope) {
    synchronized (store) {
      return store.files.keySet().stream()
          .filter(key -> key.scope().equals(scope))
          .map(key -> find(scope, key.path()))
          .flatMap(Optional::stream)
          .sorted(Comparator.comparing(file -> file.path().value()))
          .toList();
    }
  }

  @Override
  public List<FileVersion> versions(FileScope scope, FilePath path) {
    synchronized (store) {
      List<FileVersion> newestFirst = new ArrayList<>(history(scope, path));
      java.util.Collections.reverse(newestFirst);
      return List.copyOf(newestFirst);
    }
  }

  @Override
  public Optional<FileVersion> version(FileScope scope, FilePath path, int version) {
    synchronized (store) {
      List<FileVersion> history = history(scope, path);
      return version >= 1 && version <= history.size()
          ? Optional.of(history.get(version - 1))
          : Optional.empty();
    }
  }

  private FileVersion append(
      FileScope scope, FilePath path, BlobRef blob, boolean template, boolean deleted) {
    List<FileVersion> history =
        store.files.computeIfAbsent(new InMemoryStore.FileKey(scope, path), k -> new ArrayList<>());
    Instant now = store.clock.instant();
    if (!history.isEmpty() && now.isBefore(history.getLast().time())) {
      now = history.getLast().time();
    }
    FileVersion next = new FileVersion(history.size() + 1, now, blob, template, deleted);
    history.add(next);
    return next;
  }

  private Optional<FileVersion> latestExisting(FileScope scope, FilePath path) {
    List<FileVersion> history = history(scope, path);
    return history.isEmpty() || history.getLast().deleted()
        ? Optional.empty()
        : Optional.of(history.getLast());
  }

  private List<FileVersion> history(FileScope scope, FilePath path) {
    return store.files.getOrDefault(new InMemoryStore.FileKey(scope, path), List.of());
  }
}
