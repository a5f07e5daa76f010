package dev.ucprov.store;

import dev.ucprov.core.contract.UploadRepositoryContract;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.TenantRepository;
import dev.ucprov.core.upload.UploadRepository;
import dev.ucprov.store.cache.FingerprintedUploads;
import org.junit.jupiter.api.AfterEach;

/** The upload contract over the fingerprints a sole writer keeps, on H2 (ADR 0023). */
class H2FingerprintedUploadsTest implements UploadRepositoryContract {

  private final H2Fixture store = new H2Fixture() {};
  private UploadRepository uploads;

  @Override
  public TenantRepository tenants() {
    return store.tenants();
  }

  @Override
  public DeviceRepository devices() {
    return store.devices();
  }

  /** Synchronized: the contract's concurrency tests reach it from several threads at once. */
  @Override
  public synchronized UploadRepository uploads() {
    if (uploads == null) {
      JdbcUploadRepository jdbc = store.uploads();
      uploads =
          FingerprintedUploads.soleWriter(
              jdbc, add -> jdbc.forEachName(FingerprintedUploads.READ_BACK, add));
    }
    return uploads;
  }

  @AfterEach
  void close() {
    store.closeDatabase();
  }
}
