package dev.ucprov.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file database that keeps its data across restarts. */
class H2FileDatabaseTest {

  @TempDir Path directory;

  @Test
  void dataSurvivesClosingAndReopeningTheFile() {
    TenantId acme = new TenantId("acme");
    Tenant tenant = new Tenant(acme, "Acme", List.of("acme.example"), Optional.empty(), Map.of());
    MacAddress mac = MacAddress.parse("00:04:f2:aa:bb:cc");
    Device device =
        new Device(acme, mac, Optional.of("VVX_410"), Optional.empty(), Map.of(), Optional.empty());
    BlobRef blob = new BlobRef("a".repeat(64), 3);
    FilePath path = new FilePath("site.cfg");

    try (Database database = Database.open(DatabaseSettings.h2File(directory))) {
      new JdbcTenantRepository(database).put(tenant);
      new JdbcDeviceRepository(database).put(device);
      new JdbcFileRepository(database, Clock.systemUTC())
          .put(FileScope.of(acme), path, blob, false);
    }

    assertThat(directory.resolve("ucprov.mv.db")).exists();
    try (Database database = Database.open(DatabaseSettings.h2File(directory))) {
      assertThat(new JdbcTenantRepository(database).findByHostname("acme.example"))
          .contains(tenant);
      assertThat(new JdbcDeviceRepository(database).find(mac)).contains(device);
      assertThat(new JdbcFileRepository(database, Clock.systemUTC()).find(FileScope.of(acme), path))
          .hasValueSatisfying(file -> assertThat(file.latest().blob()).isEqualTo(blob));
      assertThat(
              new JdbcFileRepository(database, Clock.systemUTC())
                  .put(FileScope.of(acme), path, blob, false)
                  .version())
          .isEqualTo(2);
    }
  }
}
