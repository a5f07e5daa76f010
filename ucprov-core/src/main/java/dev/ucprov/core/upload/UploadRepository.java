package dev.ucprov.core.upload;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.util.ArrayList;
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

  /**
   * Appends in this order, as {@link #append} one after the other would, with the same numbers and
   * the same retention, and answers what became of each, in the same order. A backend with
   * transactions stores the whole batch in one and commits once: all are stored or, when it throws,
   * none; an append whose MAC is not a device of its tenant does not fail the others ({@link
   * Appended.NotADevice}). The caller may retry the appends of a batch that threw one by one, so
   * that one bad append does not fail the rest.
   *
   * <p>This default calls {@link #append} for each, for backends without transactions.
   */
  default List<Appended> appendAll(List<Append> appends) {
    List<Appended> results = new ArrayList<>(appends.size());
    for (Append append : appends) {
      try {
        results.add(
            new Appended.Stored(
                append(append.tenant(), append.name(), append.upload(), append.retention())));
      } catch (IllegalArgumentException notADevice) {
        results.add(new Appended.NotADevice(notADevice.getMessage()));
      }
    }
    return results;
  }

  /**
   * Whether {@link #append} publishes its upload's blob ({@link
   * dev.ucprov.core.files.BlobStore#publish}) before it commits, so that a caller may stage the
   * blob instead of putting it. A decorator answers what it delegates to; the default is no.
   */
  default boolean publishesStagedBlobs() {
    return false;
  }

  /** The file's newest version; empty when it has none. */
  Optional<UploadVersion> latest(TenantId tenant, UploadName name);

  /** The file's versions, newest first. */
  List<UploadVersion> versions(TenantId tenant, UploadName name);

  Optional<UploadVersion> version(TenantId tenant, UploadName name, int version);

  /** The device's files that have a version, ordered by name, each with its newest version. */
  List<UploadedFile> files(TenantId tenant, MacAddress mac);
}
