package dev.ucprov.core.provisioning;

import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadVersion;

/**
 * How an upload ended; each listener encodes every case. The device's request log has it already:
 * {@link Uploads} records each upload once, as it decides.
 */
public sealed interface UploadReply {

  Routing routing();

  /**
   * Stored as a new version.
   *
   * @param created whether the file had no version before (HTTP 201; else 204)
   */
  record Stored(UploadName name, UploadVersion version, boolean created, Routing routing)
      implements UploadReply {}

  /**
   * Refused; nothing was stored and the previous version is still the latest.
   *
   * @param status the HTTP status: 400 (invalid content or a body cut short), 401 (credentials
   *     needed), 403 (these credentials may not write it), 404 (no such tenant or device), 405 (not
   *     a file phones write), 413 (over the kind's size cap)
   * @param message for the client, plain text naming the problem (line and column for XML); for 401
   *     and 403 the access policy's reason, for the operator's log only
   */
  record Refused(int status, String message, Routing routing) implements UploadReply {}

  /**
   * The content could not be stored (the blob store failed): the listener answers 500 and logs
   * {@code reason}, which is never sent to the client.
   */
  record Failed(String reason, Routing routing) implements UploadReply {}
}
