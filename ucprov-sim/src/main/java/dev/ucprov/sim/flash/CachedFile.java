package dev.ucprov.sim.flash;

import java.util.Optional;

/**
 * A file as the phone keeps it.
 *
 * @param content the bytes
 * @param etag the server's ETag for these bytes, when it sent one (for a conditional GET)
 */
public record CachedFile(byte[] content, Optional<String> etag) {

  public CachedFile {
    content = content.clone();
  }

  public static CachedFile of(byte[] content) {
    return new CachedFile(content, Optional.empty());
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
