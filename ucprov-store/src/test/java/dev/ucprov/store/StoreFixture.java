package dev.ucprov.store;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;

/**
 * A fresh, migrated database per test and the JDBC repositories on it, opened on first use so the
 * contracts' own set-up may run in any order.
 */
abstract class StoreFixture {

  private DatabaseSettings settings;
  private Database database;
  private JdbcTenantRepository tenants;
  private JdbcDeviceRepository devices;
  private JdbcDeviceInventory inventory;
  private JdbcFileRepository files;
  private JdbcUploadRepository uploads;
  private JdbcJobRepository jobs;

  /** Settings of a database no other test uses. */
  abstract DatabaseSettings freshDatabase();

  /** Called once the test's pool is closed. */
  void discard(DatabaseSettings settings) {}

  /** Synchronized: the contracts' concurrency tests reach it from several threads at once. */
  public final synchronized Database database() {
    if (database == null) {
      settings = freshDatabase();
      database = Database.open(settings);
      tenants = new JdbcTenantRepository(database);
      devices = new JdbcDeviceRepository(database);
      inventory = new JdbcDeviceInventory(database);
      files = new JdbcFileRepository(database, Clock.systemUTC());
      uploads = new JdbcUploadRepository(database, Clock.systemUTC());
      jobs = new JdbcJobRepository(database);
    }
    return database;
  }

  /** The settings of this test's database, opening it if needed. */
  public synchronized DatabaseSettings settings() {
    database();
    return settings;
  }

  public synchronized JdbcTenantRepository tenants() {
    database();
    return tenants;
  }

  public synchronized JdbcDeviceRepository devices() {
    database();
    return devices;
  }

  public synchronized JdbcDeviceInventory inventory() {
    database();
    return inventory;
  }

  public synchronized JdbcFileRepository files() {
    database();
    return files;
  }

  public synchronized JdbcUploadRepository uploads() {
    database();
    return uploads;
  }

  public synchronized JdbcJobRepository jobs() {
    database();
    return jobs;
  }

  @AfterEach
  final synchronized void closeDatabase() {
    if (database != null) {
      database.close();
      discard(settings);
      database = null;
    }
  }
}
