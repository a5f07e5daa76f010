package dev.ucprov.store;

import dev.ucprov.core.upload.Append;
import dev.ucprov.core.upload.Retention;
import dev.ucprov.core.upload.UploadVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * An {@code upload_file} row as a batch of appends changes it: the number of its latest version and
 * the versions the batch adds. Confined to the thread of one transaction.
 */
final class UploadFileRow {

  /** The row's identity within a batch: tenant, MAC and lower-case file name. */
  record Key(String tenant, String mac, String name) {
    static Key of(Append append) {
      return new Key(append.tenant().value(), append.name().mac().value(), append.name().name());
    }
  }

  private final Key key;
  private final String kind;
  private Optional<Long> id;
  private int latestVersion;
  private Retention retention;
  private final List<UploadVersion> added = new ArrayList<>();

  private UploadFileRow(Key key, String kind, Optional<Long> id, int latestVersion) {
    this.key = key;
    this.kind = kind;
    this.id = id;
    this.latestVersion = latestVersion;
  }

  /** The rows of these devices' files, whatever their tenant; the caller filters. */
  static List<UploadFileRow> ofDevices(Handle handle, List<String> macs) {
    return handle
        .createQuery(
            "SELECT id, tenant_id, mac, name, kind, latest_version FROM upload_file"
                + " WHERE mac = ANY(:macs)")
        .bindArray("macs", String.class, macs)
        .map((row, context) ->
            new UploadFileRow(
                new Key(row.getString("tenant_id"), row.getString("mac"), row.getString("name")),
                row.getString("kind"),
                Optional.of(row.getLong("id")),
                row.getInt("latest_version")))
        .list();
  }

  /** A file not stored yet: no versions, inserted by {@link #insertNew}. */
  static UploadFileRow fresh(Append append) {
    return new UploadFileRow(Key.of(append), append.name().kind().label(), Optional.empty(), 0);
  }

  Key key() {
    return key;
  }

  String kind() {
    return kind;
  }

  /** Whether the row exists in the database (before this batch, or inserted by it). */
  boolean stored() {
    return id.isPresent();
  }

  long id() {
    return id.orElseThrow();
  }

  Retention retention() {
    return retention;
  }

  List<UploadVersion> added() {
    return added;
  }

  /** Numbers the next version and keeps it to insert. */
  UploadVersion next(Append append, java.time.Instant time) {
    latestVersion++;
    retention = append.retention();
    UploadVersion version =
        new UploadVersion(
            latestVersion,
            time,
            append.upload().source(),
            append.upload().credential(),
            append.upload().blob(),
            append.upload().restoredFrom());
    added.add(version);
    return version;
  }

  /** The first version the retention keeps once this batch is stored. */
  int firstKept() {
    return latestVersion - retention.versions() + 1;
  }

  /**
   * Inserts the rows not stored yet, each at its final latest version, and learns their ids: one
   * JDBC batch.
   */
  static void insertNew(Handle handle, List<UploadFileRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    var batch =
        handle.prepareBatch(
            "INSERT INTO upload_file (tenant_id, mac, name, kind, latest_version)"
                + " VALUES (:tenant, :mac, :name, :kind, :latest)");
    for (UploadFileRow row : rows) {
      batch
          .bind("tenant", row.key.tenant())
          .bind("mac", row.key.mac())
          .bind("name", row.key.name())
          .bind("kind", row.kind)
          .bind("latest", row.latestVersion)
          .add();
    }
    List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).id = Optional.of(ids.get(i));
    }
  }

  /** Moves the stored rows' counters to their new latest versions: one JDBC batch. */
  static void updateLatest(Handle handle, List<UploadFileRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    var batch =
        handle.prepareBatch("UPDATE upload_file SET latest_version = :latest WHERE id = :id");
    rows.forEach(row -> batch.bind("latest", row.latestVersion).bind("id", row.id()).add());
    batch.execute();
  }
}
