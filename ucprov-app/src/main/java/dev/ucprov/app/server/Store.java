package dev.ucprov.app.server;

import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.core.checksync.JobRepository;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.inventory.DeviceInventory;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.TenantRepository;
import dev.ucprov.core.upload.GroupCommitUploads;
import dev.ucprov.core.upload.UploadRepository;
import dev.ucprov.store.Database;
import dev.ucprov.store.DatabaseSettings;
import dev.ucprov.store.JdbcDeviceInventory;
import dev.ucprov.store.JdbcDeviceRepository;
import dev.ucprov.store.JdbcFileRepository;
import dev.ucprov.store.JdbcJobRepository;
import dev.ucprov.store.JdbcTenantRepository;
import dev.ucprov.store.JdbcUploadRepository;
import dev.ucprov.store.blob.FileSystemBlobStore;
import dev.ucprov.store.cache.CacheSettings;
import dev.ucprov.store.cache.CachingDeviceRepository;
import dev.ucprov.store.cache.CachingFileRepository;
import dev.ucprov.store.cache.CachingTenantRepository;
import dev.ucprov.store.cache.FingerprintedUploads;
import dev.ucprov.store.cache.SmallBlobCache;
import dev.ucprov.store.cache.StoreCache;
import java.time.Clock;

/**
 * The server's storage: the database (pool and migrated schema) with the repositories over it, and
 * the blob files. Closing it closes the pool; the blob store holds nothing open.
 */
record Store(
    Database database,
    TenantRepository tenants,
    DeviceRepository devices,
    DeviceInventory inventory,
    FileRepository files,
    UploadRepository uploads,
    JobRepository jobs,
    BlobStore blobs)
    implements AutoCloseable {

  /**
   * @throws StartFailure when the database cannot be opened or migrated, or the blob directory
   *     cannot be created
   */
  static Store open(ServerConfig config, Clock clock) {
    BlobStore blobs =
        StartFailure.opening(
            "the blob store " + config.blobs(),
            () -> new SmallBlobCache(new FileSystemBlobStore(config.blobs())));
    DatabaseSettings settings =
        new DatabaseSettings(config.jdbcUrl(), "", "", DatabaseSettings.DEFAULT_POOL_SIZE);
    Database database =
        StartFailure.opening("the database " + config.jdbcUrl(), () -> Database.open(settings));
    // Phone requests read tenants, devices and file metadata several times each; the caches
    // answer those from memory (writes through this node are seen at once, other nodes' writes
    // within the cache's time to live). The inventory is write-behind already. The embedded
    // database is locked by this process, so it has no other writer and answers may live long.
    boolean soleWriter = config.database().isEmpty();
    CacheSettings caching = soleWriter ? CacheSettings.soleWriter() : CacheSettings.defaults();
    StoreCache cache = new StoreCache(caching, clock);
    JdbcFileRepository files = new JdbcFileRepository(database, clock);
    JdbcUploadRepository jdbcUploads = new JdbcUploadRepository(database, clock);
    // Concurrent appends share one transaction and one commit (ADR 0022), and their blobs one
    // publishing round just before it (ADR 0024).
    UploadRepository uploads = new GroupCommitUploads(jdbcUploads, blobs);
    return new Store(
        database,
        new CachingTenantRepository(new JdbcTenantRepository(database), cache),
        new CachingDeviceRepository(new JdbcDeviceRepository(database), cache),
        new JdbcDeviceInventory(database),
        // As sole writer, paths and upload names nobody stored are answered from memory (ADR
        // 0023); the newest upload of a name is not cached: phones write what they read back.
        soleWriter
            ? CachingFileRepository.soleWriter(files, cache, files::forEachPath)
            : new CachingFileRepository(files, cache),
        soleWriter
            ? FingerprintedUploads.soleWriter(
                uploads, add -> jdbcUploads.forEachName(FingerprintedUploads.READ_BACK, add))
            : uploads,
        new JdbcJobRepository(database),
        blobs);
  }

  @Override
  public void close() {
    database.close();
  }
}
