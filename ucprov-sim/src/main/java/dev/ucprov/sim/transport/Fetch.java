package dev.ucprov.sim.transport;

import java.net.URI;
import java.util.Optional;

/**
 * One file a phone asks a server for.
 *
 * @param uri where, with any {@code user:password@} of the boot server URL still in it
 * @param userAgent the phone's User-Agent (HTTP only)
 * @param ifNoneMatch the ETag of the copy the phone holds, for a conditional GET (HTTP only)
 * @param keepBody false for firmware: the body is counted and hashed, never held, so thousands of
 *     phones can fetch a large image at once
 */
public record Fetch(URI uri, String userAgent, Optional<String> ifNoneMatch, boolean keepBody) {

  /** An unconditional fetch whose body is kept. */
  public static Fetch of(URI uri, String userAgent) {
    return new Fetch(uri, userAgent, Optional.empty(), true);
  }

  public Fetch ifNoneMatch(Optional<String> etag) {
    return new Fetch(uri, userAgent, etag, keepBody);
  }

  public Fetch countingOnly() {
    return new Fetch(uri, userAgent, ifNoneMatch, false);
  }
}
