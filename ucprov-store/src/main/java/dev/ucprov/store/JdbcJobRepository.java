package dev.ucprov.store;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.DeviceState;
import dev.ucprov.core.checksync.Job;
import dev.ucprov.core.checksync.JobDevice;
import dev.ucprov.core.checksync.JobId;
import dev.ucprov.core.checksync.JobRepository;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Jobs in {@code check_sync_job}, their devices in {@code check_sync_device}. Every change of a
 * device's state is one conditional UPDATE (from the state it must be in, and for sending, only
 * while the caller owns the job), so concurrent callers and nodes cannot both win. Thread-safe.
 */
public final class JdbcJobRepository implements JobRepository {

  private static final String OWNED =
      " AND EXISTS (SELECT 1 FROM check_sync_job j WHERE j.id = :id AND j.owner = :owner"
          + " AND j.finished_at IS NULL)";

  private final Database database;
  private final JobLeases leases;

  public JdbcJobRepository(Database database) {
    this.database = database;
    this.leases = new JobLeases(database);
  }

  @Override
  public void create(Job job, List<MacAddress> devices, String owner, Instant now) {
    database.transaction(handle -> {
      TenantRows.requireExists(handle, job.tenant());
      handle
          .createUpdate(
              "INSERT INTO check_sync_job (id, tenant_id, selection, automatic, rate, concurrency,"
                  + " created_at, owner, heartbeat_at) VALUES (:id, :tenant, :selection,"
                  + " :automatic, :rate, :concurrency, :created, :owner, :now)")
          .bind("id", job.id().value())
          .bind("tenant", job.tenant().value())
          .bind("selection", job.selection())
          .bind("automatic", job.automatic())
          .bind("rate", job.limits().rate())
          .bind("concurrency", job.limits().concurrency())
          .bind("created", job.created())
          .bind("owner", owner)
          .bind("now", now)
          .execute();
      if (!devices.isEmpty()) {
        PreparedBatch batch =
            handle.prepareBatch(
                "INSERT INTO check_sync_device (job_id, mac, position, state, status)"
                    + " VALUES (:id, :mac, :position, 'PENDING', 0)");
        for (int i = 0; i < devices.size(); i++) {
          batch
              .bind("id", job.id().value())
              .bind("mac", devices.get(i).value())
              .bind("position", i);
          batch.add();
        }
        batch.execute();
      }
      return null;
    });
  }

  @Override
  public Optional<Job> find(JobId id) {
    return database.read(handle ->
        handle
            .createQuery("SELECT * FROM check_sync_job WHERE id = :id")
            .bind("id", id.value())
            .map((row, context) -> JobRows.job(row))
            .findOne());
  }

  @Override
  public List<Job> list(Optional<TenantId> tenant, int limit) {
    String where = tenant.isPresent() ? " WHERE tenant_id = :tenant" : "";
    return database.read(handle -> {
      var query =
          handle
              .createQuery(
                  "SELECT * FROM check_sync_job"
                      + where
                      + " ORDER BY created_at DESC, id DESC LIMIT :limit")
              .bind("limit", limit);
      tenant.ifPresent(t -> query.bind("tenant", t.value()));
      return query.map((row, context) -> JobRows.job(row)).list();
    });
  }

  @Override
  public List<JobDevice> devices(JobId id) {
    return database.read(handle ->
        handle
            .createQuery("SELECT * FROM check_sync_device WHERE job_id = :id ORDER BY position")
            .bind("id", id.value())
            .map((row, context) -> JobRows.device(row))
            .list());
  }

  @Override
  public Map<DeviceState, Integer> counts(JobId id) {
    Map<DeviceState, Integer> counts = new EnumMap<>(DeviceState.class);
    database
        .read(handle ->
            handle
                .createQuery(
                    "SELECT state, COUNT(*) AS n FROM check_sync_device WHERE job_id = :id"
                        + " GROUP BY state")
                .bind("id", id.value())
                .map((row, context) ->
                    Map.entry(DeviceState.valueOf(row.getString("state")), row.getInt("n")))
                .list())
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  @Override
  public List<MacAddress> pending(JobId id) {
    return database.read(handle ->
        handle
            .createQuery(
                "SELECT mac FROM check_sync_device WHERE job_id = :id AND state = 'PENDING'"
                    + " ORDER BY position")
            .bind("id", id.value())
            .map((row, context) -> new MacAddress(row.getString("mac")))
            .list());
  }

  @Override
  public boolean sending(JobId id, MacAddress mac, String owner, Instant now) {
    return database.transaction(handle ->
        handle
                .createUpdate(
                    "UPDATE check_sync_device SET state = 'SENDING', updated_at = :now"
                        + " WHERE job_id = :id AND mac = :mac AND state = 'PENDING'"
                        + OWNED)
                .bind("id", id.value())
                .bind("mac", mac.value())
                .bind("owner", owner)
                .bind("now", now)
                .execute()
            > 0);
  }

  @Override
  public boolean delivered(JobId id, MacAddress mac, Delivery delivery, Instant now) {
    return database.transaction(handle ->
        handle
                .createUpdate(
                    "UPDATE check_sync_device SET state = :state, status = :status,"
                        + " reason = :reason, via = :via, updated_at = :now"
                        + " WHERE job_id = :id AND mac = :mac AND state = 'SENDING'")
                .bind("id", id.value())
                .bind("mac", mac.value())
                .bind("state", DeviceState.of(delivery.outcome()).name())
                .bind("status", delivery.status())
                .bind("reason", delivery.reason())
                .bind("via", delivery.via().name())
                .bind("now", now)
                .execute()
            > 0);
  }

  @Override
  public int interrupt(JobId id, String reason, Instant now) {
    return database.transaction(handle ->
        handle
            .createUpdate(
                "UPDATE check_sync_device SET state = 'INTERRUPTED', reason = :reason,"
                    + " updated_at = :now WHERE job_id = :id AND state = 'SENDING'")
            .bind("id", id.value())
            .bind("reason", reason)
            .bind("now", now)
            .execute());
  }

  @Override
  public boolean finish(JobId id, String owner, Instant now) {
    return database.transaction(handle ->
        handle
                .createUpdate(
                    "UPDATE check_sync_job SET finished_at = :now, owner = NULL"
                        + " WHERE id = :id AND owner = :owner AND finished_at IS NULL")
                .bind("id", id.value())
                .bind("owner", owner)
                .bind("now", now)
                .execute()
            > 0);
  }

  @Override
  public List<Job> claim(String owner, Instant now, Instant staleBefore) {
    return leases.claim(owner, now, staleBefore);
  }

  @Override
  public List<JobId> heartbeat(String owner, Instant now) {
    return leases.heartbeat(owner, now);
  }

  @Override
  public void release(String owner) {
    leases.release(owner);
  }
}
