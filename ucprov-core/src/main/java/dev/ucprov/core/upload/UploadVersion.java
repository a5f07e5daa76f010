package dev.ucprov.core.upload;

import dev.ucprov.core.files.BlobRef;
import java.time.Instant;
import java.util.Optional;

/**
 * One stored version of an uploaded file.
 *
 * @param version 1 for the file's first version, then one more per version; numbers of dropped
 *     versions are never reused
 * @param time when it was stored
 * @param source where the content came from: the phone's address ({@code 192.0.2.10}), or {@code
 *     admin API} for a restore
 * @param credential who wrote it, for people: the access policy's principal ({@code anonymous} for
 *     an open tenant, {@code device 0004f2aabbcc (user alice)}...), or {@code admin token} for a
 *     restore
 * @param blob the content in the blob store
 * @param restoredFrom the version whose content a restore copied, for a restore
 */
public record UploadVersion(
    int version,
    Instant time,
    String source,
    String credential,
    BlobRef blob,
    Optional<Integer> restoredFrom) {

  public long size() {
    return blob.size();
  }

  public String sha256() {
    return blob.sha256();
  }
}
