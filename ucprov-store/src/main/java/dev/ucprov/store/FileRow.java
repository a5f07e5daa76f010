package dev.ucprov.store;

import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** A {@code stored_file} row: the identity of one path in one scope and its latest version. */
record FileRow(long id, int latestVersion) {

  /** The row, locked until the transaction ends, so changes of one path queue here. */
  static Optional<FileRow> lock(Handle handle, FileScope scope, FilePath path) {
    return select(handle, scope, path, " FOR UPDATE");
  }

  static Optional<FileRow> find(Handle handle, FileScope scope, FilePath path) {
    return select(handle, scope, path, "");
  }

  /**
   * A new row at version 0. Two transactions creating the same path collide on the unique key; the
   * loser's transaction is run again and then finds the winner's row.
   */
  static FileRow create(Handle handle, FileScope scope, FilePath path) {
    if (scope instanceof FileScope.OfTenant(var tenant)) {
      TenantRows.requireExists(handle, tenant);
    }
    long id =
        handle
            .createUpdate(
                "INSERT INTO stored_file (scope, tenant_id, path_hash, path, latest_version)"
                    + " VALUES (:scope, :tenant, :hash, :path, 0)")
            .bind("scope", scopeKey(scope))
            .bind("tenant", scope instanceof FileScope.OfTenant(var tenant) ? tenant.value() : null)
            .bind("hash", pathHash(path))
            .bind("path", path.value())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return new FileRow(id, 0);
  }

  /** Stores {@code version}, which must be one past this row's latest. */
  void append(Handle handle, FileVersion version) {
    handle
        .createUpdate("UPDATE stored_file SET latest_version = :version WHERE id = :id")
        .bind("version", version.version())
        .bind("id", id)
        .execute();
    handle
        .createUpdate(
            "INSERT INTO file_version"
                + " (file_id, version, created_at, blob_sha256, blob_size, template, deleted)"
                + " VALUES (:id, :version, :time, :sha256, :size, :template, :deleted)")
        .bind("id", id)
        .bind("version", version.version())
        .bind("time", version.time())
        .bind("sha256", version.blob().sha256())
        .bind("size", version.blob().size())
        .bind("template", version.template())
        .bind("deleted", version.deleted())
        .execute();
  }

  /** The tenant id, or {@code ''} for shared files: tenant ids are never empty. */
  static String scopeKey(FileScope scope) {
    return switch (scope) {
      case FileScope.Shared shared -> "";
      case FileScope.OfTenant(var tenant) -> tenant.value();
    };
  }

  static String pathHash(FilePath path) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(path.value().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static Optional<FileRow> select(
      Handle handle, FileScope scope, FilePath path, String suffix) {
    return handle
        .createQuery(
            "SELECT id, latest_version FROM stored_file"
                + " WHERE scope = :scope AND path_hash = :hash"
                + suffix)
        .bind("scope", scopeKey(scope))
        .bind("hash", pathHash(path))
        .map((row, context) -> new FileRow(row.getLong("id"), row.getInt("latest_version")))
        .findOne();
  }
}
