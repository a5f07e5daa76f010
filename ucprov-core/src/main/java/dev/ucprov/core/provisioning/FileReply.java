package dev.ucprov.core.provisioning;

import dev.ucprov.core.files.BlobRef;
import java.time.Instant;

/** What the service answers to a {@link FileRequest}; each listener encodes every case. */
public sealed interface FileReply {

  /**
   * The file to send.
   *
   * @param path the tree path that answered (after tenant routing and MAC substitution)
   * @param contentType a MIME type chosen from the name ({@code application/xml} for .cfg/.xml)
   * @param etag a strong validator: the SHA-256 of the bytes sent
   * @param lastModified when the content (or, for a rendered file, any of its inputs) last changed
   * @param body the bytes, in memory or in the blob store
   */
  record Served(String path, String contentType, String etag, Instant lastModified, Body body)
      implements FileReply {}

  /** No such file for this phone; a 404 that reveals nothing else. */
  record NotFound() implements FileReply {}

  /**
   * A template failed for this device only: the listener answers 500, the service has logged why.
   *
   * @param reason for the operator's log, never sent to the phone
   */
  record RenderFailed(String path, String reason) implements FileReply {}

  /** Where the bytes of a served file are. */
  sealed interface Body {
    long size();

    /** Rendered or small content held in memory. */
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
