package dev.ucprov.core.files;

import java.util.List;
import java.util.Optional;

/**
 * Metadata and version history of stored files; bodies live in a {@link BlobStore}. Thread-safe,
 * each method one transaction.
 *
 * <p>Contract (tested on every backend by {@code FileRepositoryContract}): every put and delete
 * appends a version numbered one past the previous; {@code find} and {@code list} see the latest
 * version unless it is a deletion; versions are never rewritten; two concurrent puts of one path
 * both succeed with distinct version numbers.
 */
public interface FileRepository {

  /**
   * Stores a new version of the file; its blob must already be in the blob store.
   *
   * @throws IllegalArgumentException when the scope is a tenant that does not exist
   */
  FileVersion put(FileScope scope, FilePath path, BlobRef blob, boolean template);

  /** Marks the file deleted (a new version); empty when it did not exist. */
  Optional<FileVersion> delete(FileScope scope, FilePath path);

  /** The file's latest version, unless that is a deletion. */
  Optional<StoredFile> find(FileScope scope, FilePath path);

  /** Every existing file of the scope, ordered by path. */
  List<StoredFile> list(FileScope scope);

  /** Every version of the file, deletions included, newest first; empty for an unknown path. */
  List<FileVersion> versions(FileScope scope, FilePath path);

  Optional<FileVersion> version(FileScope scope, FilePath path, int version);
}
