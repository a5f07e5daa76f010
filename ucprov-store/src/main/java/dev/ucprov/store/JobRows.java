package dev.ucprov.store;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.DeviceState;
import dev.ucprov.core.checksync.Job;
import dev.ucprov.core.checksync.JobDevice;
import dev.ucprov.core.checksync.JobId;
import dev.ucprov.core.checksync.JobLimits;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Rows of {@code check_sync_job} and {@code check_sync_device} as the core's records. */
final class JobRows {

  private JobRows() {}

  static Job job(ResultSet row) throws SQLException {
    return new Job(
        new JobId(row.getString("id")),
        new TenantId(row.getString("tenant_id")),
        row.getString("selection"),
        row.getBoolean("automatic"),
        new JobLimits(row.getDouble("rate"), row.getInt("concurrency")),
        SqlValues.instant(row, "created_at"),
        row.getObject("finished_at") == null
            ? Optional.empty()
            : Optional.of(SqlValues.instant(row, "finished_at")));
  }

  static JobDevice device(ResultSet row) throws SQLException {
    return new JobDevice(
        new MacAddress(row.getString("mac")),
        DeviceState.valueOf(row.getString("state")),
        row.getInt("status"),
        SqlValues.optional(row, "reason"),
        SqlValues.optional(row, "via").map(Delivery.Via::valueOf),
        row.getObject("updated_at") == null
            ? Optional.empty()
            : Optional.of(SqlValues.instant(row, "updated_at")));
  }
}
