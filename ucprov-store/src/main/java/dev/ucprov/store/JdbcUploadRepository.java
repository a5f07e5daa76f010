package dev.ucprov.store;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.upload.Append;
import dev.ucprov.core.upload.Appended;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.Retention;
import dev.ucprov.core.upload.UploadKind;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadRepository;
import dev.ucprov.core.upload.UploadVersion;
import dev.ucprov.core.upload.UploadedFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Upload versions: one {@code upload_file} row per device file and one {@code upload_version} row
 * per version. Appends are stored in batches, one transaction each ({@link UploadBatch}), which
 * lock their devices' rows first, so every append of one device (its rolling log cap spans its
 * files) runs one after the other; a device deleted meanwhile is seen as missing. Thread-safe.
 */
public final class JdbcUploadRepository implements UploadRepository {

  private static final String VERSIONS =
      "SELECT v.* FROM upload_file f JOIN upload_version v ON v.file_id = f.id"
          + " WHERE f.tenant_id = :tenant AND f.mac = :mac AND f.name = :name";

  private final Database database;
  private final Clock clock;

  public JdbcUploadRepository(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public UploadVersion append(
      TenantId tenant, UploadName name, NewUpload upload, Retention retention) {
    return appendAll(List.of(new Append(tenant, name, upload, retention)))
        .getFirst()
        .versionOrThrow();
  }

  /** One transaction and one commit for the whole batch ({@link UploadBatch}). */
  @Override
  public List<Appended> appendAll(List<Append> appends) {
    if (appends.isEmpty()) {
      return List.of();
    }
    return database.transaction(
        handle -> UploadBatch.store(handle, appends, SqlValues.stored(clock.instant())));
  }

  @Override
  public Optional<UploadVersion> latest(TenantId tenant, UploadName name) {
    return database.read(handle ->
        bound(handle, VERSIONS + " ORDER BY v.version DESC FETCH FIRST 1 ROWS ONLY", tenant, name)
            .map((row, context) -> version(row))
            .findOne());
  }

  @Override
  public List<UploadVersion> versions(TenantId tenant, UploadName name) {
    return database.read(handle ->
        bound(handle, VERSIONS + " ORDER BY v.version DESC", tenant, name)
            .map((row, context) -> version(row))
            .list());
  }

  @Override
  public Optional<UploadVersion> version(TenantId tenant, UploadName name, int version) {
    return database.read(handle ->
        bound(handle, VERSIONS + " AND v.version = :version", tenant, name)
            .bind("version", version)
            .map((row, context) -> version(row))
            .findOne());
  }

  @Override
  public List<UploadedFile> files(TenantId tenant, MacAddress mac) {
    List<UploadedFile> files =
        new ArrayList<>(
            database.read(handle ->
                handle
                    .createQuery(
                        "SELECT f.name, v.* FROM upload_file f"
                            + " JOIN upload_version v ON v.file_id = f.id"
                            + " WHERE f.tenant_id = :tenant AND f.mac = :mac AND v.version ="
                            + " (SELECT MAX(w.version) FROM upload_version w"
                            + " WHERE w.file_id = f.id)")
                    .bind("tenant", tenant.value())
                    .bind("mac", mac.value())
                    .map((row, context) ->
                        new UploadedFile(
                            UploadName.parse(row.getString("name")).orElseThrow(), version(row)))
                    .list()));
    // Sorted here by code unit, not by the database, whose collation varies between servers.
    files.sort(Comparator.comparing(file -> file.name().name()));
    return files;
  }

  /**
   * Reports the name of every device file with versions whose kind is one of {@code kinds}, with
   * its tenant, streamed from one query: what a complete index of upload names is filled from (ADR
   * 0023).
   */
  public void forEachName(Set<UploadKind> kinds, BiConsumer<TenantId, UploadName> action) {
    if (kinds.isEmpty()) {
      return;
    }
    database.read(handle -> {
      handle
          .createQuery("SELECT tenant_id, name FROM upload_file WHERE kind IN (<kinds>)")
          .bindList("kinds", kinds.stream().map(UploadKind::label).toList())
          .map((row, context) ->
              Map.entry(
                  new TenantId(row.getString("tenant_id")),
                  UploadName.parse(row.getString("name")).orElseThrow()))
          .forEach(entry -> action.accept(entry.getKey(), entry.getValue()));
      return null;
    });
  }

  private static Query bound(Handle handle, String sql, TenantId tenant, UploadName name) {
    return handle
        .createQuery(sql)
        .bind("tenant", tenant.value())
        .bind("mac", name.mac().value())
        .bind("name", name.name());
  }

  static UploadVersion version(ResultSet row) throws SQLException {
    return new UploadVersion(
        row.getInt("version"),
        SqlValues.instant(row, "created_at"),
        row.getString("source"),
        row.getString("credential"),
        new BlobRef(row.getString("blob_sha256"), row.getLong("blob_size")),
        Optional.ofNullable(row.getObject("restored_from", Integer.class)));
  }
}
