package dev.ucprov.store;

import dev.ucprov.core.upload.Append;
import dev.ucprov.core.upload.Appended;
import dev.ucprov.core.upload.UploadVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The appends of one transaction, in a fixed number of statements whatever their count: lock the
 * batch's devices, read their file rows, then insert the new files, move the counters, insert the
 * versions and apply the retention, each as one JDBC batch. The device locks serialise every append
 * of a device, here and in any other process sharing the database, so the counters and the log cap
 * (which spans a device's files) read here stay true until the commit.
 */
final class UploadBatch {

  private final Handle handle;
  private final Instant time;
  private final Map<UploadFileRow.Key, UploadFileRow> files = new HashMap<>();
  private final Map<UploadFileRow.Key, UploadFileRow> touched = new LinkedHashMap<>();

  private UploadBatch(Handle handle, Instant time) {
    this.handle = handle;
    this.time = time;
  }

  /** Stores {@code appends} within the handle's transaction; what became of each, in order. */
  static List<Appended> store(Handle handle, List<Append> appends, Instant time) {
    return new UploadBatch(handle, time).store(appends);
  }

  private List<Appended> store(List<Append> appends) {
    List<String> macs =
        new ArrayList<>(new TreeSet<>(appends.stream().map(a -> a.name().mac().value()).toList()));
    Map<String, String> owners = lockDevices(macs);
    UploadFileRow.ofDevices(handle, macs).forEach(row -> files.put(row.key(), row));
    List<Appended> results = new ArrayList<>(appends.size());
    for (Append append : appends) {
      if (!append.tenant().value().equals(owners.get(append.name().mac().value()))) {
        results.add(Appended.notADevice(append));
        continue;
      }
      UploadFileRow file =
          files.computeIfAbsent(UploadFileRow.Key.of(append), key -> UploadFileRow.fresh(append));
      touched.put(file.key(), file);
      results.add(new Appended.Stored(file.next(append, time)));
    }
    if (!touched.isEmpty()) {
      write();
    }
    return results;
  }

  private void write() {
    List<UploadFileRow> existing = new ArrayList<>();
    List<UploadFileRow> created = new ArrayList<>();
    for (UploadFileRow file : touched.values()) {
      (file.stored() ? existing : created).add(file);
    }
    UploadFileRow.insertNew(handle, created);
    UploadFileRow.updateLatest(handle, existing);
    insertVersions();
    dropPastRetention();
    new LogCap(handle, files.values()).trim(created, touched.values());
  }

  /**
   * Locks the rows of these devices, in MAC order so that two batches cannot wait on each other;
   * answers each found MAC's tenant.
   */
  private Map<String, String> lockDevices(List<String> macs) {
    Map<String, String> owners = new HashMap<>();
    handle
        .createQuery(
            "SELECT mac, tenant_id FROM device WHERE mac = ANY(:macs) ORDER BY mac FOR UPDATE")
        .bindArray("macs", String.class, macs)
        .map((row, context) -> Map.entry(row.getString("mac"), row.getString("tenant_id")))
        .forEach(entry -> owners.put(entry.getKey(), entry.getValue()));
    return owners;
  }

  private void insertVersions() {
    PreparedBatch batch =
        handle.prepareBatch(
            "INSERT INTO upload_version (file_id, version, created_at, source, credential,"
                + " blob_sha256, blob_size, restored_from) VALUES (:id, :version, :time, :source,"
                + " :credential, :sha256, :size, :restored)");
    for (UploadFileRow file : touched.values()) {
      for (UploadVersion version : file.added()) {
        batch
            .bind("id", file.id())
            .bind("version", version.version())
            .bind("time", version.time())
            .bind("source", version.source())
            .bind("credential", version.credential())
            .bind("sha256", version.sha256())
            .bind("size", version.size())
            .bind("restored", version.restoredFrom().orElse(null))
            .add();
      }
    }
    batch.execute();
  }

  /** Drops versions below each file's first kept one, for files that can have some. */
  private void dropPastRetention() {
    List<UploadFileRow> past =
        touched.values().stream().filter(file -> file.firstKept() > 1).toList();
    if (past.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch("DELETE FROM upload_version WHERE file_id = :id AND version < :first");
    past.forEach(file -> batch.bind("id", file.id()).bind("first", file.firstKept()).add());
    batch.execute();
  }
}
