package dev.ucprov.core.provisioning;

import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.Sighting;
import java.time.Clock;
import java.util.Optional;

/**
 * What the inventory keeps of an answered request: a {@link Sighting} when it reached a tenant and
 * named a MAC; other requests tell it nothing it keeps (it cannot tell which phone asked for {@code
 * sip.ld}), so the access log alone has them. One rule for reads and uploads.
 */
final class Sightings {

  private Sightings() {}

  /**
   * @param method the request method as the protocol names it ({@code GET}, {@code PUT}, {@code
   *     RRQ})
   * @param status the status answered (HTTP status; other protocols map to it)
   * @param bytes body bytes sent, or for an upload the body bytes received
   */
  static Optional<Sighting> of(
      Clock clock, FileRequest request, Routing routing, String method, int status, long bytes) {
    if (routing.tenant().isEmpty() || routing.mac().isEmpty()) {
      return Optional.empty();
    }
    RequestRecord record =
        new RequestRecord(
            clock.instant(), request.protocol(), method, request.path(), status, bytes);
    return Optional.of(
        new Sighting(
            routing.tenant().get(),
            routing.mac(),
            request.sourceAddress(),
            Optional.ofNullable(request.userAgent()).orElse(""),
            record));
  }
}
