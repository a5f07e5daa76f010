package dev.ucprov.core.provisioning;

import dev.ucprov.core.files.BlobRef;
import java.time.Instant;

/**
 * What the service answers to a {@link FileRequest}; each listener encodes every case. Every case
 * carries its {@link Routing}, which the listener hands back to {@link
 * ProvisioningService#answered} once the response is sent.
 */
public sealed interface FileReply {

  Routing routing();

  /**
   * The file to send.
   *
   * @param path the tree path that answered, within the tenant (after tenant routing, with the
   *     requested MAC in lower case where a per-device file answered)
   * @param contentType a MIME type chosen from the name ({@code application/xml} for .cfg/.xml)
   * @param etag a strong validator: the SHA-256 of the bytes sent, 64 lower-case hex digits without
   *     quotes (the listener adds them)
   * @param lastModified when the content last changed: the version time of a stored file; for a
   *     rendered file, when this rendering was made (never before the template's version), so a
   *     change of device or tenant moves it forward
   * @param body the bytes, in memory or in the blob store
   */
  record Served(
      String path,
      String contentType,
      String etag,
      Instant lastModified,
      Body body,
      Routing routing)
      implements FileReply {}

  /** No such file for this phone; a 404 that reveals nothing else. */
  record NotFound(Routing routing) implements FileReply {}

  /**
   * A template failed for this device only, or its stored body is missing: the listener answers 500
   * and logs {@code reason}.
   *
   * @param path the tree path that was asked, within the tenant
   * @param reason for the operator's log (template name, line, message, device), never sent to the
   *     phone
   */
  record RenderFailed(String path, String reason, Routing routing) implements FileReply {}

  /**
   * Credentials are needed and none that reach this file were presented: the listener answers 401
   * with its challenges (HTTP Basic and Digest).
   *
   * @param reason for the operator's log, never sent to the phone
   */
  record Challenge(String reason, Routing routing) implements FileReply {}

  /**
   * The proof presented is valid but does not reach this file: the listener answers 403.
   *
   * @param reason for the operator's log, never sent to the phone
   */
  record Denied(String reason, Routing routing) implements FileReply {}

  /** Where the bytes of a served file are. */
  sealed interface Body {
    long size();

    /** Rendered or small content held in memory; never modified by anyone, so never copied. */
    record Bytes(byte[] content) implements Body {
      @Override
      public long size() {
        return content.length;
      }
    }

    /** Stored content, streamed from the blob store. */
    record Stored(BlobRef blob) implements Body {
      @Override
      public long size() {
        return blob.size();
      }
    }
  }
}
