package dev.ucprov.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The rolling cap on the bytes kept of a device's files of one kind (its logs): past it, the oldest
 * versions across those files go, by append order ({@code seq}); the newest always stays. Applied
 * once per batch, which keeps what applying it after each append would: the kept versions are
 * always the newest ones, and each append only adds newer bytes.
 */
final class LogCap {

  private record Group(String tenant, String mac, String kind) {}

  private final Handle handle;
  private final Map<Group, List<UploadFileRow>> filesByGroup = new HashMap<>();

  /**
   * @param files every file row of the batch's devices, the batch's new ones included
   */
  LogCap(Handle handle, Collection<UploadFileRow> files) {
    this.handle = handle;
    for (UploadFileRow file : files) {
      filesByGroup.computeIfAbsent(group(file), g -> new ArrayList<>()).add(file);
    }
  }

  /**
   * Trims the groups of the files the batch touched whose retention caps their kind. A group whose
   * files are all new in this batch holds only the batch's versions, whose sizes are known: when
   * they fit, nothing is read.
   */
  void trim(List<UploadFileRow> created, Collection<UploadFileRow> touched) {
    Map<Group, Long> caps = new LinkedHashMap<>();
    for (UploadFileRow file : touched) {
      if (file.retention().kindBytes() != Long.MAX_VALUE) {
        caps.put(group(file), file.retention().kindBytes());
      }
    }
    caps.entrySet().removeIf(cap -> fitsWithoutReading(cap.getKey(), cap.getValue(), created));
    if (caps.isEmpty()) {
      return;
    }
    Map<Long, Group> groupOfFile = new HashMap<>();
    caps.keySet()
        .forEach(group -> filesByGroup.get(group).forEach(f -> groupOfFile.put(f.id(), group)));
    Map<Group, List<long[]>> versions = new HashMap<>();
    handle
        .createQuery("SELECT seq, file_id, blob_size FROM upload_version WHERE file_id = ANY(:ids)")
        .bindArray("ids", Long.class, List.copyOf(groupOfFile.keySet()))
        .map((row, context) ->
            Map.entry(
                groupOfFile.get(row.getLong("file_id")),
                new long[] {row.getLong("seq"), row.getLong("blob_size")}))
        .forEach(
            e -> versions.computeIfAbsent(e.getKey(), g -> new ArrayList<>()).add(e.getValue()));
    List<Long> dropped = new ArrayList<>();
    caps.forEach(
        (group, cap) -> dropped.addAll(past(versions.getOrDefault(group, List.of()), cap)));
    if (!dropped.isEmpty()) {
      PreparedBatch batch = handle.prepareBatch("DELETE FROM upload_version WHERE seq = :seq");
      dropped.forEach(seq -> batch.bind("seq", seq).add());
      batch.execute();
    }
  }

  private boolean fitsWithoutReading(Group group, long cap, List<UploadFileRow> created) {
    long bytes = 0;
    for (UploadFileRow file : filesByGroup.get(group)) {
      if (!created.contains(file)) {
        return false;
      }
      for (var version : file.added()) {
        bytes += version.size();
      }
    }
    return bytes <= cap;
  }

  /** The {@code seq} of the versions past the cap: all but the newest that fit, newest first. */
  private static List<Long> past(List<long[]> versions, long cap) {
    List<long[]> newestFirst = new ArrayList<>(versions);
    newestFirst.sort((a, b) -> Long.compare(b[0], a[0]));
    List<Long> dropped = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < newestFirst.size(); i++) {
      total += newestFirst.get(i)[1];
      if (i > 0 && (total > cap || !dropped.isEmpty())) {
        dropped.add(newestFirst.get(i)[0]);
      }
    }
    return dropped;
  }

  private static Group group(UploadFileRow file) {
    return new Group(file.key().tenant(), file.key().mac(), file.kind());
  }
}
