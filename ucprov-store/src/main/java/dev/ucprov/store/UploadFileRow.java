package dev.ucprov.store;

import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** An {@code upload_file} row: one device file and the number of its latest version. */
record UploadFileRow(long id, int latestVersion) {

  /** The row, locked until the transaction ends. */
  static Optional<UploadFileRow> lock(Handle handle, TenantId tenant, UploadName name) {
    return handle
        .createQuery(
            "SELECT id, latest_version FROM upload_file"
                + " WHERE tenant_id = :tenant AND mac = :mac AND name = :name FOR UPDATE")
        .bind("tenant", tenant.value())
        .bind("mac", name.mac().value())
        .bind("name", name.name())
        .map((row, context) -> new UploadFileRow(row.getLong("id"), row.getInt("latest_version")))
        .findOne();
  }

  /** A new row at version 0; the caller holds the device's lock, so no one else creates it. */
  static UploadFileRow create(Handle handle, TenantId tenant, UploadName name) {
    long id =
        handle
            .createUpdate(
                "INSERT INTO upload_file (tenant_id, mac, name, kind, latest_version)"
                    + " VALUES (:tenant, :mac, :name, :kind, 0)")
            .bind("tenant", tenant.value())
            .bind("mac", name.mac().value())
            .bind("name", name.name())
            .bind("kind", name.kind().label())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return new UploadFileRow(id, 0);
  }

  /** Stores {@code version}, which must be one past this row's latest. */
  void append(Handle handle, UploadVersion version) {
    handle
        .createUpdate("UPDATE upload_file SET latest_version = :version WHERE id = :id")
        .bind("version", version.version())
        .bind("id", id)
        .execute();
    handle
        .createUpdate(
            "INSERT INTO upload_version (file_id, version, created_at, source, credential,"
                + " blob_sha256, blob_size, restored_from) VALUES (:id, :version, :time, :source,"
                + " :credential, :sha256, :size, :restored)")
        .bind("id", id)
        .bind("version", version.version())
        .bind("time", version.time())
        .bind("source", version.source())
        .bind("credential", version.credential())
        .bind("sha256", version.sha256())
        .bind("size", version.size())
        .bind("restored", version.restoredFrom().orElse(null))
        .execute();
  }

  /** Drops this file's versions numbered below {@code first}. */
  void dropBefore(Handle handle, int first) {
    handle
        .createUpdate("DELETE FROM upload_version WHERE file_id = :id AND version < :first")
        .bind("id", id)
        .bind("first", first)
        .execute();
  }

  /**
   * Drops the oldest versions of the device's files of {@code name}'s kind until the rest, counted
   * newest first, fit in {@code maxBytes}; the newest version is always kept.
   */
  static void trimKind(Handle handle, TenantId tenant, UploadName name, long maxBytes) {
    // Two simple queries instead of one join ordered by seq: H2 answered the join by walking
    // upload_version in seq order and testing every row (docs/benchmarks.md, boot storm), so the
    // cost grew with all versions stored, not this device's.
    List<Long> files =
        handle
            .createQuery(
                "SELECT id FROM upload_file"
                    + " WHERE tenant_id = :tenant AND mac = :mac AND kind = :kind")
            .bind("tenant", tenant.value())
            .bind("mac", name.mac().value())
            .bind("kind", name.kind().label())
            .mapTo(Long.class)
            .list();
    List<long[]> newestFirst = new ArrayList<>();
    for (long file : files) {
      handle
          .createQuery("SELECT seq, blob_size FROM upload_version WHERE file_id = :file")
          .bind("file", file)
          .map((row, context) -> new long[] {row.getLong("seq"), row.getLong("blob_size")})
          .forEach(newestFirst::add);
    }
    newestFirst.sort((a, b) -> Long.compare(b[0], a[0]));
    List<Long> dropped = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < newestFirst.size(); i++) {
      total += newestFirst.get(i)[1];
      if (i > 0 && (total > maxBytes || !dropped.isEmpty())) {
        dropped.add(newestFirst.get(i)[0]);
      }
    }
    if (dropped.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch("DELETE FROM upload_version WHERE seq = :seq");
    dropped.forEach(seq -> batch.bind("seq", seq).add());
    batch.execute();
  }
}
