package dev.ucprov.store.cache;

import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.TenantRepository;
import dev.ucprov.store.Database;
import dev.ucprov.store.DatabaseSettings;
import dev.ucprov.store.JdbcDeviceInventory;
import dev.ucprov.store.JdbcDeviceRepository;
import dev.ucprov.store.JdbcFileRepository;
import dev.ucprov.store.JdbcTenantRepository;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * The caching repositories over a private in-memory H2 database per test, opened on first use so
 * the contracts' own set-up may run in any order. The inventory is the JDBC one, uncached, as in
 * the server.
 */
abstract class CachedH2Store {

  private Database database;
  private TenantRepository tenants;
  private DeviceRepository devices;
  private DeviceInventory inventory;
  private FileRepository files;

  /** Whether the file repository answers absent paths from its fingerprints (ADR 0023). */
  boolean soleWriter() {
    return false;
  }

  /** Synchronized: the contracts' concurrency tests reach it from several threads at once. */
  private synchronized void open() {
    if (database == null) {
      database =
          Database.open(new DatabaseSettings("jdbc:h2:mem:" + UUID.randomUUID(), "", "", 10));
      StoreCache cache = new StoreCache(Clock.systemUTC());
      tenants = new CachingTenantRepository(new JdbcTenantRepository(database), cache);
      devices = new CachingDeviceRepository(new JdbcDeviceRepository(database), cache);
      inventory = new JdbcDeviceInventory(database);
      JdbcFileRepository jdbcFiles = new JdbcFileRepository(database, Clock.systemUTC());
      files =
          soleWriter()
              ? CachingFileRepository.soleWriter(jdbcFiles, cache, jdbcFiles::forEachPath)
              : new CachingFileRepository(jdbcFiles, cache);
    }
  }

  public synchronized TenantRepository tenants() {
    open();
    return tenants;
  }

  public synchronized DeviceRepository devices() {
    open();
    return devices;
  }

  public synchronized DeviceInventory inventory() {
    open();
    return inventory;
  }

  public synchronized FileRepository files() {
    open();
    return files;
  }

  @AfterEach
  final synchronized void closeDatabase() {
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
