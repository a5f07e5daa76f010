package dev.ucprov.core.testing;

import dev.ucprov.core.contract.UploadRepositoryContract;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.TenantRepository;
import dev.ucprov.core.upload.GroupCommitUploads;
import dev.ucprov.core.upload.UploadRepository;

/** Group commit keeps the repository's contract. */
class InMemoryGroupCommitUploadsTest implements UploadRepositoryContract {

  private final InMemoryStore store = new InMemoryStore();
  private final GroupCommitUploads uploads = new GroupCommitUploads(store.uploads());

  @Override
  public TenantRepository tenants() {
    return store.tenants();
  }

  @Override
  public DeviceRepository devices() {
    return store.devices();
  }

  @Override
  public UploadRepository uploads() {
    return uploads;
  }
}
