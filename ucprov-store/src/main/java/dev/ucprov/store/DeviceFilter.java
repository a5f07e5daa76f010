package dev.ucprov.store;

import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.tenant.TenantId;
import java.util.Locale;
import org.jdbi.v3.core.statement.Query;

/**
 * The WHERE clause of a device listing. A device's model is the one the operator set or, when none
 * is set, the one the phone last reported; it is compared with {@code _} removed and in upper case,
 * so {@code VVX_410}, {@code vvx410} and {@code VVX410} all match.
 */
final class DeviceFilter {

  private static final String FROM =
      " FROM device d LEFT JOIN device_status s ON s.mac = d.mac WHERE d.tenant_id = :tenant";

  private final TenantId tenant;
  private final DeviceQuery query;

  DeviceFilter(TenantId tenant, DeviceQuery query) {
    this.tenant = tenant;
    this.query = query;
  }

  String countSql() {
    return "SELECT COUNT(*)" + FROM + conditions();
  }

  String pageSql() {
    return "SELECT d.*" + FROM + conditions() + " ORDER BY d.mac LIMIT :limit OFFSET :offset";
  }

  Query bindTo(Query statement) {
    statement.bind("tenant", tenant.value());
    query.model().ifPresent(model -> statement.bind("model", modelKey(model)));
    query.firmware().ifPresent(prefix -> statement.bind("firmware", likePrefix(prefix)));
    query.notSeenSince().ifPresent(since -> statement.bind("since", since));
    return statement;
  }

  private String conditions() {
    StringBuilder sql = new StringBuilder();
    if (query.model().isPresent()) {
      sql.append(" AND UPPER(REPLACE(COALESCE(d.model, s.reported_model), '_', '')) = :model");
    }
    if (query.firmware().isPresent()) {
      sql.append(" AND s.application_version LIKE :firmware ESCAPE '!'");
    }
    if (query.notSeenSince().isPresent()) {
      sql.append(" AND (s.last_seen IS NULL OR s.last_seen < :since)");
    }
    return sql.toString();
  }

  static String modelKey(String model) {
    return model.replace("_", "").toUpperCase(Locale.ROOT);
  }

  /** A LIKE pattern matching values that start with {@code prefix} taken literally. */
  private static String likePrefix(String prefix) {
    return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
