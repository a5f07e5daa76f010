package dev.ucprov.store.cache;

import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.TenantRepository;
import dev.ucprov.core.testing.MutableClock;
import dev.ucprov.store.Database;
import dev.ucprov.store.DatabaseSettings;
import dev.ucprov.store.JdbcDeviceRepository;
import dev.ucprov.store.JdbcFileRepository;
import dev.ucprov.store.JdbcTenantRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * A private H2 database per test with its JDBC repositories (standing for another node writing to
 * the shared database), counting spies over them, and the caching repositories over the spies on a
 * clock that moves only when the test says.
 */
abstract class SpiedH2Store {

  static final Duration TTL = Duration.ofSeconds(2);

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
  final Database database =
      Database.open(new DatabaseSettings("jdbc:h2:mem:" + UUID.randomUUID(), "", "", 4));

  final JdbcTenantRepository jdbcTenants = new JdbcTenantRepository(database);
  final JdbcDeviceRepository jdbcDevices = new JdbcDeviceRepository(database);
  final JdbcFileRepository jdbcFiles = new JdbcFileRepository(database, Clock.systemUTC());

  final Counting<TenantRepository> tenantCalls =
      new Counting<>(TenantRepository.class, jdbcTenants);
  final Counting<DeviceRepository> deviceCalls =
      new Counting<>(DeviceRepository.class, jdbcDevices);
  final Counting<FileRepository> fileCalls = new Counting<>(FileRepository.class, jdbcFiles);

  final StoreCache cache = new StoreCache(new CacheSettings(TTL, 1000), clock);
  final CachingTenantRepository tenants =
      new CachingTenantRepository(tenantCalls.repository(), cache);
  final CachingDeviceRepository devices =
      new CachingDeviceRepository(deviceCalls.repository(), cache);
  final CachingFileRepository files = new CachingFileRepository(fileCalls.repository(), cache);

  /** Lets every cached answer expire. */
  void outliveTheCache() {
    clock.advance(TTL);
  }

  @AfterEach
  final void closeDatabase() {
    database.close();
  }
}
