package dev.ucprov.core.upload;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * The versions of what phones uploaded, per tenant, device and file name; contents live in a {@link
 * dev.ucprov.core.files.BlobStore}. Thread-safe, each method one transaction.
 *
 * <p>Contract (tested on every backend by {@code UploadRepositoryContract}): an append numbers its
 * version one past the file's previous one (numbers are never reused, even once versions are
 * dropped) and applies the {@link Retention} in the same transaction; uploads exist only for a
 * device of the tenant, and deleting the device (or its tenant) deletes them; concurrent appends to
 * one file all succeed with distinct numbers.
 */
public interface UploadRepository {

  /**
   * Stores a new version, then drops what the retention no longer keeps.
   *
   * @throws IllegalArgumentException when the MAC is not a device of the tenant
   */
  UploadVersion append(TenantId tenant, UploadName name, NewUpload upload, Retention retention);

  /** The file's newest version; empty when it has none. */
  Optional<UploadVersion> latest(TenantId tenant, UploadName name);

  /** The file's versions, newest first. */
  List<UploadVersion> versions(TenantId tenant, UploadName name);

  Optional<UploadVersion> version(TenantId tenant, UploadName name, int version);

  /** The device's files that have a version, ordered by name, each with its newest version. */
  List<UploadedFile> files(TenantId tenant, MacAddress mac);
}
