package dev.ucprov.store;

import dev.ucprov.core.checksync.Job;
import dev.ucprov.core.checksync.JobId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The leases of {@code check_sync_job}: which node owns an unfinished job ({@code owner}) and when
 * it last said so ({@code heartbeat_at}). Each take-over is a conditional UPDATE, so two nodes
 * claiming at once cannot both win. Thread-safe.
 */
final class JobLeases {

  private final Database database;

  JobLeases(Database database) {
    this.database = database;
  }

  List<Job> claim(String owner, Instant now, Instant staleBefore) {
    String free = " finished_at IS NULL AND (owner IS NULL OR heartbeat_at < :stale)";
    return database.transaction(handle -> {
      List<Job> candidates =
          handle
              .createQuery("SELECT * FROM check_sync_job WHERE" + free + " ORDER BY created_at, id")
              .bind("stale", staleBefore)
              .map((row, context) -> JobRows.job(row))
              .list();
      List<Job> claimed = new ArrayList<>();
      for (Job job : candidates) {
        if (claimOne(handle, job.id(), free, owner, now, staleBefore)) {
          claimed.add(job);
        }
      }
      return claimed;
    });
  }

  /** The conditional update that takes one job, which another node may have taken meanwhile. */
  private static boolean claimOne(
      Handle handle, JobId id, String free, String owner, Instant now, Instant staleBefore) {
    return handle
            .createUpdate(
                "UPDATE check_sync_job SET owner = :owner, heartbeat_at = :now WHERE id = :id AND"
                    + free)
            .bind("id", id.value())
            .bind("owner", owner)
            .bind("now", now)
            .bind("stale", staleBefore)
            .execute()
        > 0;
  }

  List<JobId> heartbeat(String owner, Instant now) {
    return database.transaction(handle -> {
      handle
          .createUpdate(
              "UPDATE check_sync_job SET heartbeat_at = :now WHERE owner = :owner"
                  + " AND finished_at IS NULL")
          .bind("owner", owner)
          .bind("now", now)
          .execute();
      return handle
          .createQuery("SELECT id FROM check_sync_job WHERE owner = :owner AND finished_at IS NULL")
          .bind("owner", owner)
          .map((row, context) -> new JobId(row.getString("id")))
          .list();
    });
  }

  void release(String owner) {
    database.transaction(handle ->
        handle
            .createUpdate(
                "UPDATE check_sync_job SET owner = NULL WHERE owner = :owner"
                    + " AND finished_at IS NULL")
            .bind("owner", owner)
            .execute());
  }
}
