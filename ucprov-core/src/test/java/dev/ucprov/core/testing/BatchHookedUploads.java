package dev.ucprov.core.testing;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.upload.Append;
import dev.ucprov.core.upload.Appended;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.Retention;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadRepository;
import dev.ucprov.core.upload.UploadVersion;
import dev.ucprov.core.upload.UploadedFile;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An upload repository that hands every batch to {@code beforeBatch} first (to hold it, count it,
 * or fail it by throwing, as a database refusing a row fails its transaction), then to {@code
 * stored}; a single append is a batch of one. Reads go straight to {@code stored}. For tests of
 * group commit.
 */
public record BatchHookedUploads(UploadRepository stored, Consumer<List<Append>> beforeBatch)
    implements UploadRepository {

  @Override
  public List<Appended> appendAll(List<Append> appends) {
    beforeBatch.accept(appends);
    return stored.appendAll(appends);
  }

  @Override
  public UploadVersion append(
      TenantId tenant, UploadName name, NewUpload upload, Retention retention) {
    return appendAll(List.of(new Append(tenant, name, upload, retention)))
        .getFirst()
        .versionOrThrow();
  }

  @Override
  public Optional<UploadVersion> latest(TenantId tenant, UploadName name) {
    return stored.latest(tenant, name);
  }

  @Override
  public List<UploadVersion> versions(TenantId tenant, UploadName name) {
    return stored.versions(tenant, name);
  }

  @Override
  public Optional<UploadVersion> version(TenantId tenant, UploadName name, int version) {
    return stored.version(tenant, name, version);
  }

  @Override
  public List<UploadedFile> files(TenantId tenant, MacAddress mac) {
    return stored.files(tenant, mac);
  }
}
