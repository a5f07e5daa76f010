package dev.ucprov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.Retention;
import dev.ucprov.core.upload.UploadKind;
import dev.ucprov.core.upload.UploadName;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC backends add to the contracts: limits of the schema, time precision, migrations.
 * Run on H2 and PostgreSQL.
 */
interface JdbcStoreBehaviour {

  TenantId ACME = new TenantId("acme");
  MacAddress MAC = MacAddress.parse("0004f2000001");

  Database database();

  JdbcTenantRepository tenants();

  JdbcDeviceRepository devices();

  JdbcDeviceInventory inventory();

  JdbcFileRepository files();

  JdbcUploadRepository uploads();

  @Test
  default void timesAreKeptToTheMicrosecondTruncated() {
    Instant precise = Instant.parse("2026-11-25T10:00:00.123456789Z");
    tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));
    devices()
        .put(new Device(ACME, MAC, Optional.empty(), Optional.empty(), Map.of(), Optional.empty()));
    RequestRecord request = new RequestRecord(precise, Protocol.HTTP, "GET", "a.cfg", 200, 1);

    inventory().record(List.of(new Sighting(ACME, Optional.of(MAC), "192.0.2.1", "", request)));
    var version =
        new JdbcFileRepository(database(), Clock.fixed(precise, ZoneOffset.UTC))
            .put(FileScope.shared(), new FilePath("a.cfg"), new BlobRef("0".repeat(64), 0), false);

    Instant micros = Instant.parse("2026-11-25T10:00:00.123456Z");
    assertThat(inventory().status(MAC).orElseThrow().lastSeen()).isEqualTo(micros);
    assertThat(inventory().status(MAC).orElseThrow().recentRequests().get(0).time())
        .isEqualTo(micros);
    assertThat(version.time()).isEqualTo(micros);
  }

  @Test
  default void timesDoNotDependOnTheJvmTimeZone() {
    TimeZone before = TimeZone.getDefault();
    // 01:30 UTC on 25 October 2026 is inside the hour Paris lives twice when summer time ends.
    Instant ambiguousInParis = Instant.parse("2026-10-25T01:30:00Z");
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
      tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));
      RequestRecord request =
          new RequestRecord(ambiguousInParis, Protocol.TFTP, "RRQ", "x", 200, 1);
      inventory().record(List.of(new Sighting(ACME, Optional.of(MAC), "192.0.2.1", "", request)));

      assertThat(inventory().unknownDevices(ACME).get(0).lastSeen()).isEqualTo(ambiguousInParis);
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  default void batchesLargerThanOneInListAreRecordedWhole() {
    tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));
    int claimed = SqlValues.IN_LIST + 200;
    int phones = 2 * SqlValues.IN_LIST + 500;
    for (int i = 0; i < claimed; i++) {
      devices()
          .put(
              new Device(
                  ACME, mac(i), Optional.empty(), Optional.empty(), Map.of(), Optional.empty()));
    }
    List<Sighting> storm = new ArrayList<>();
    for (int i = 0; i < phones; i++) {
      RequestRecord request =
          new RequestRecord(Instant.EPOCH.plusSeconds(i), Protocol.HTTP, "GET", "x", 200, 1);
      storm.add(new Sighting(ACME, Optional.of(mac(i)), "192.0.2.1", "", request));
    }

    inventory().record(storm);
    inventory().record(storm);

    assertThat(inventory().status(mac(claimed - 1)).orElseThrow().recentRequests()).hasSize(2);
    assertThat(inventory().unknownDevices(ACME))
        .hasSize(phones - claimed)
        .allSatisfy(unknown -> assertThat(unknown.count()).isEqualTo(2));
  }

  @Test
  default void aRecordingWritesOneRequestRowPerDeviceWhateverItsRequests() {
    tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));
    devices()
        .put(new Device(ACME, MAC, Optional.empty(), Optional.empty(), Map.of(), Optional.empty()));
    List<Sighting> burst = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      RequestRecord request =
          new RequestRecord(Instant.EPOCH.plusSeconds(i), Protocol.HTTP, "GET", "f" + i, 200, 1);
      burst.add(new Sighting(ACME, Optional.of(MAC), "192.0.2.1", "", request));
    }

    inventory().record(burst);
    inventory().record(burst.subList(0, 3));

    assertThat(requestRows()).isEqualTo(2);
    assertThat(inventory().status(MAC).orElseThrow().recentRequests())
        .extracting(RequestRecord::path)
        .startsWith("f2", "f1", "f0", "f39", "f38")
        .hasSize(43);
  }

  @Test
  default void requestRowsPastTheNewestAreDeletedOnceTheyAddUp() {
    tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));
    devices()
        .put(new Device(ACME, MAC, Optional.empty(), Optional.empty(), Map.of(), Optional.empty()));
    int recordings = 3 * RequestGroups.TRIM_AT;
    int mostRows = 0;
    for (int i = 0; i < recordings; i++) {
      RequestRecord request =
          new RequestRecord(Instant.EPOCH.plusSeconds(i), Protocol.HTTP, "GET", "f" + i, 200, 1);
      inventory().record(List.of(new Sighting(ACME, Optional.of(MAC), "192.0.2.1", "", request)));
      mostRows = Math.max(mostRows, requestRows());
    }

    // One request a recording: the newest 100 rows are read, the others wait for the next trim.
    assertThat(mostRows)
        .isGreaterThan(DeviceInventory.RECENT_REQUESTS)
        .isLessThan(RequestGroups.TRIM_AT);
    assertThat(inventory().status(MAC).orElseThrow().recentRequests())
        .extracting(RequestRecord::path)
        .hasSize(DeviceInventory.RECENT_REQUESTS)
        .startsWith("f" + (recordings - 1))
        .endsWith("f" + (recordings - DeviceInventory.RECENT_REQUESTS));
  }

  private int requestRows() {
    return database()
        .read(handle ->
            handle
                .createQuery("SELECT COUNT(*) FROM device_request_group")
                .mapTo(Integer.class)
                .one());
  }

  private static MacAddress mac(int n) {
    return new MacAddress(String.format("0004f2%06x", n));
  }

  @Test
  default void hostnamesLongerThanDnsAllowsAreRefused() {
    Tenant tenant = new Tenant(ACME, "Acme", List.of("a".repeat(254)), Optional.empty(), Map.of());

    assertThatThrownBy(() -> tenants().put(tenant))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("253");
    assertThat(tenants().find(ACME)).isEmpty();
  }

  @Test
  default void openingAMigratedDatabaseAgainKeepsItsData() {
    tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));

    try (Database again = Database.open(settings())) {
      assertThat(new JdbcTenantRepository(again).find(ACME)).isPresent();
      // Flyway creates its table with a quoted lower-case name on both databases.
      int applied =
          again.read(handle ->
              handle
                  .createQuery(
                      "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1' AND \"success\"")
                  .mapTo(Integer.class)
                  .one());
      assertThat(applied).isEqualTo(1);
    }
  }

  /**
   * H2 writes its whole store each time an identity cache runs out, so a storm of inserts paid a
   * synchronous write every 32 rows at the default cache (V8).
   */
  @Test
  default void identityColumnsHandOutNumbersFromACacheOfAThousand() {
    List<String> columns =
        List.of(
            "stored_file.id", "upload_file.id", "upload_version.seq", "device_request_group.seq");
    boolean postgres = settings().jdbcUrl().startsWith("jdbc:postgresql:");
    for (String column : columns) {
      String table = column.substring(0, column.indexOf('.'));
      String name = column.substring(column.indexOf('.') + 1);
      long cache =
          database()
              .read(handle -> {
                String sql =
                    postgres
                        ? "SELECT cache_size FROM pg_sequences WHERE schemaname || '.' || sequencename"
                            + " = pg_get_serial_sequence(:table, :column)"
                        : "SELECT identity_cache FROM information_schema.columns"
                            + " WHERE LOWER(table_name) = :table AND LOWER(column_name) = :column";
                return handle
                    .createQuery(sql)
                    .bind("table", table)
                    .bind("column", name)
                    .mapTo(Long.class)
                    .one();
              });
      assertThat(cache).as(column).isEqualTo(1000);
    }
  }

  /** What a sole writer's fingerprints of stored paths are filled from (ADR 0023). */
  @Test
  default void everyStoredPathIsReportedWithItsScopeDeletedOnesToo() {
    tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));
    BlobRef blob = new BlobRef("0".repeat(64), 0);
    files().put(FileScope.shared(), new FilePath("firmware/sip.ld"), blob, false);
    files().put(FileScope.of(ACME), new FilePath("000000000000.cfg"), blob, false);
    files().put(FileScope.of(ACME), new FilePath("old.cfg"), blob, false);
    files().delete(FileScope.of(ACME), new FilePath("old.cfg"));

    List<String> reported = new ArrayList<>();
    files().forEachPath((scope, path) -> reported.add(scope + " " + path.value()));

    assertThat(reported)
        .containsExactlyInAnyOrder(
            FileScope.shared() + " firmware/sip.ld",
            FileScope.of(ACME) + " 000000000000.cfg",
            FileScope.of(ACME) + " old.cfg");
  }

  /** What a sole writer's fingerprints of upload names are filled from (ADR 0023). */
  @Test
  default void uploadNamesAreReportedForTheKindsAsked() {
    tenants().put(new Tenant(ACME, "Acme", List.of(), Optional.empty(), Map.of()));
    devices()
        .put(new Device(ACME, MAC, Optional.empty(), Optional.empty(), Map.of(), Optional.empty()));
    NewUpload upload = NewUpload.received("192.0.2.1", "", new BlobRef("0".repeat(64), 0));
    Retention keep = new Retention(10, Long.MAX_VALUE);
    for (String name : List.of("-phone.cfg", "-directory.xml", "-app.log")) {
      uploads().append(ACME, UploadName.parse(MAC.value() + name).orElseThrow(), upload, keep);
    }

    List<String> reported = new ArrayList<>();
    uploads()
        .forEachName(
            EnumSet.of(UploadKind.OVERRIDE_PHONE, UploadKind.DIRECTORY, UploadKind.CALLS),
            (tenant, name) -> reported.add(tenant.value() + " " + name.name()));
    List<String> none = new ArrayList<>();
    uploads()
        .forEachName(EnumSet.noneOf(UploadKind.class), (tenant, name) -> none.add(name.name()));

    assertThat(reported)
        .containsExactlyInAnyOrder(
            "acme " + MAC.value() + "-phone.cfg", "acme " + MAC.value() + "-directory.xml");
    assertThat(none).isEmpty();
  }

  DatabaseSettings settings();
}
