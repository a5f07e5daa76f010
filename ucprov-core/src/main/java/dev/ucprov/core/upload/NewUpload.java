package dev.ucprov.core.upload;

import dev.ucprov.core.files.BlobRef;
import java.util.Optional;

/** A version to append; the repository numbers and dates it. Fields as in {@link UploadVersion}. */
public record NewUpload(
    String source, String credential, BlobRef blob, Optional<Integer> restoredFrom) {

  /** Content a client sent. */
  public static NewUpload received(String source, String credential, BlobRef blob) {
    return new NewUpload(source, credential, blob, Optional.empty());
  }
}
