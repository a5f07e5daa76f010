package dev.ucprov.store;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.files.StoredFile;
import dev.ucprov.core.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;

/**
 * File versions: one {@code stored_file} row per scope and path, whose {@code latest_version} every
 * change locks and bumps, so concurrent changes of one path queue on that row and get consecutive
 * numbers; one {@code file_version} row per change, only ever inserted. Thread-safe.
 */
public final class JdbcFileRepository implements FileRepository {

  private static final String LATEST =
      "SELECT f.path, v.* FROM stored_file f"
          + " JOIN file_version v ON v.file_id = f.id AND v.version = f.latest_version"
          + " WHERE f.scope = :scope AND v.deleted = FALSE";

  private final Database database;
  private final Clock clock;

  public JdbcFileRepository(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public FileVersion put(FileScope scope, FilePath path, BlobRef blob, boolean template) {
    return database.transaction(handle -> {
      FileRow file =
          FileRow.lock(handle, scope, path).orElseGet(() -> FileRow.create(handle, scope, path));
      FileVersion version =
          new FileVersion(
              file.latestVersion() + 1, SqlValues.stored(clock.instant()), blob, template, false);
      file.append(handle, version);
      return version;
    });
  }

  @Override
  public Optional<FileVersion> delete(FileScope scope, FilePath path) {
    return database.transaction(handle -> {
      Optional<FileRow> file = FileRow.lock(handle, scope, path);
      if (file.isEmpty()) {
        return Optional.empty();
      }
      FileVersion latest =
          version(handle, file.get().id(), file.get().latestVersion()).orElseThrow();
      if (latest.deleted()) {
        return Optional.empty();
      }
      FileVersion deletion =
          new FileVersion(
              latest.version() + 1,
              SqlValues.stored(clock.instant()),
              latest.blob(),
              latest.template(),
              true);
      file.get().append(handle, deletion);
      return Optional.of(deletion);
    });
  }

  @Override
  public Optional<StoredFile> find(FileScope scope, FilePath path) {
    return database.read(handle ->
        handle
            .createQuery(LATEST + " AND f.path_hash = :hash")
            .bind("scope", FileRow.scopeKey(scope))
            .bind("hash", FileRow.pathHash(path))
            .map((row, context) -> new StoredFile(scope, path, version(row)))
            .findOne());
  }

  /**
   * Reports the path of every file row of every scope, deleted files included, streamed from one
   * query: what a complete index of stored paths is filled from (ADR 0023).
   */
  public void forEachPath(BiConsumer<FileScope, FilePath> action) {
    database.read(handle -> {
      handle
          .createQuery("SELECT scope, path FROM stored_file")
          .map((row, context) -> {
            String scope = row.getString("scope");
            return Map.entry(
                scope.isEmpty() ? FileScope.shared() : FileScope.of(new TenantId(scope)),
                new FilePath(row.getString("path")));
          })
          .forEach(entry -> action.accept(entry.getKey(), entry.getValue()));
      return null;
    });
  }

  @Override
  public List<StoredFile> list(FileScope scope) {
    List<StoredFile> files =
        new ArrayList<>(
            database.read(handle ->
                handle
                    .createQuery(LATEST)
                    .bind("scope", FileRow.scopeKey(scope))
                    .map((row, context) ->
                        new StoredFile(scope, new FilePath(row.getString("path")), version(row)))
                    .list()));
    // Sorted here by code unit, not by the database, whose collation varies between servers.
    files.sort(Comparator.comparing(file -> file.path().value()));
    return files;
  }

  @Override
  public List<FileVersion> versions(FileScope scope, FilePath path) {
    return database.read(handle ->
        FileRow.find(handle, scope, path)
            .map(file ->
                handle
                    .createQuery(
                        "SELECT * FROM file_version WHERE file_id = :id ORDER BY version DESC")
                    .bind("id", file.id())
                    .map((row, context) -> version(row))
                    .list())
            .orElse(List.of()));
  }

  @Override
  public Optional<FileVersion> version(FileScope scope, FilePath path, int version) {
    return database.read(handle ->
        FileRow.find(handle, scope, path).flatMap(file -> version(handle, file.id(), version)));
  }

  private static Optional<FileVersion> version(Handle handle, long fileId, int version) {
    return handle
        .createQuery("SELECT * FROM file_version WHERE file_id = :id AND version = :version")
        .bind("id", fileId)
        .bind("version", version)
        .map((row, context) -> version(row))
        .findOne();
  }

  private static FileVersion version(ResultSet row) throws SQLException {
    return new FileVersion(
        row.getInt("version"),
        SqlValues.instant(row, "created_at"),
        new BlobRef(row.getString("blob_sha256"), row.getLong("blob_size")),
        row.getBoolean("template"),
        row.getBoolean("deleted"));
  }
}
