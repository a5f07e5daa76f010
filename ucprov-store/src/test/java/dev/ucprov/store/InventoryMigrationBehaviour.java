package dev.ucprov.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.RequestRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V3_13 (ADR 0014) on a database that recorded requests one row each: every request kept
 * before reads back the same afterwards, in the same order. Run on H2 and PostgreSQL.
 */
interface InventoryMigrationBehaviour {

  MacAddress MAC = MacAddress.parse("0004f2000001");
  Instant T0 = Instant.parse("2026-11-25T10:00:00.123456Z");

  /** A database with no schema at all; it lives until the test ends. */
  DatabaseSettings emptyDatabase();

  @Test
  default void requestsRecordedOneRowEachReadBackAfterTheMigration() throws SQLException {
    DatabaseSettings settings = emptyDatabase();
    List<RequestRecord> oldestFirst =
        List.of(
            new RequestRecord(T0, Protocol.TFTP, "RRQ", "0004f2000001.cfg", 200, 4096),
            new RequestRecord(T0.plusSeconds(1), Protocol.HTTP, "GET", "a b\\c\nd\re.cfg", 404, 0),
            new RequestRecord(T0.plusSeconds(2), Protocol.HTTPS, "HEAD", "", 304, 0));
    // The open connection keeps an in-memory H2 database alive between the steps.
    try (Connection connection =
        DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password())) {
      Flyway.configure()
          .dataSource(settings.jdbcUrl(), settings.username(), settings.password())
          .locations("classpath:db/migration")
          .target("1")
          .load()
          .migrate();
      insertVersion1Rows(connection, oldestFirst);

      try (Database migrated = Database.open(settings)) {
        DeviceStatus status = new JdbcDeviceInventory(migrated).status(MAC).orElseThrow();

        assertThat(status.recentRequests()).containsExactlyElementsOf(oldestFirst.reversed());
        assertThat(status.lastSeen()).isEqualTo(T0.plusSeconds(2));
      }
      try (Statement statement = connection.createStatement();
          ResultSet counted = statement.executeQuery("SELECT request_count FROM device_status")) {
        assertThat(counted.next()).isTrue();
        assertThat(counted.getInt(1)).isEqualTo(oldestFirst.size());
      }
    }
  }

  private static void insertVersion1Rows(Connection connection, List<RequestRecord> requests)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO tenant (id, name, variables) VALUES ('acme', 'Acme', '{}')");
      statement.execute(
          "INSERT INTO device (mac, tenant_id, variables) VALUES ('0004f2000001', 'acme', '{}')");
    }
    try (PreparedStatement status =
        connection.prepareStatement(
            "INSERT INTO device_status (mac, last_seen, last_address, last_protocol)"
                + " VALUES ('0004f2000001', ?, '192.0.2.1', 'HTTPS')")) {
      status.setObject(1, OffsetDateTime.ofInstant(T0.plusSeconds(2), ZoneOffset.UTC));
      status.execute();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO device_request (mac, requested_at, protocol, method, path, status, bytes)"
                + " VALUES ('0004f2000001', ?, ?, ?, ?, ?, ?)")) {
      for (RequestRecord request : requests) {
        insert.setObject(1, OffsetDateTime.ofInstant(request.time(), ZoneOffset.UTC));
        insert.setString(2, request.protocol().name());
        insert.setString(3, request.method());
        insert.setString(4, request.path());
        insert.setInt(5, request.status());
        insert.setLong(6, request.bytes());
        insert.execute();
      }
    }
  }
}
