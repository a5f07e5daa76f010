package dev.ucprov.core.provisioning;

import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.tenant.TenantRepository;
import java.time.Clock;

/**
 * The one entry point of every phone-facing listener: {@link #fetch} decides the reply to a {@link
 * FileRequest}, and {@link #answered} tells the inventory what was sent. Routing is {@link
 * TenantRouter}'s, the file and its rendering {@link ServedFiles}'. Thread-safe; neither method
 * blocks on the inventory.
 */
public final class ProvisioningService {

  private final TenantRouter router;
  private final ServedFiles served;
  private final SightingSink sightings;
  private final Clock clock;

  /**
   * @param sightings where {@link #answered} sends what phones did ({@link InventoryRecorder})
   * @param clock gives the time of each recorded request
   */
  public ProvisioningService(
      TenantRepository tenants, ServedFiles served, SightingSink sightings, Clock clock) {
    this.router = new TenantRouter(tenants);
    this.served = served;
    this.sightings = sightings;
    this.clock = clock;
  }

  /** The reply to a phone's request; never throws for anything the request contains. */
  public FileReply fetch(FileRequest request) {
    return router
        .route(request)
        .map(route -> served.serve(route.tenant(), route.file(), route.host()))
        .orElseGet(() -> new FileReply.NotFound(Routing.nowhere()));
  }

  /**
   * Records what was sent, once the response is complete: for a request that reached a tenant and
   * named a MAC, a {@link Sighting} goes to the sink (which never blocks). Other requests tell the
   * inventory nothing it keeps (it cannot tell which phone asked for {@code sip.ld}), so they are
   * not queued; the access log has them.
   *
   * @param method the request method as the protocol names it ({@code GET}, {@code HEAD}, {@code
   *     RRQ})
   * @param status the status sent (HTTP status; listeners of other protocols map to it)
   * @param bytes body bytes sent
   */
  public void answered(
      FileRequest request, FileReply reply, String method, int status, long bytes) {
    Sightings.of(clock, request, reply.routing(), method, status, bytes).ifPresent(sightings::seen);
  }
}
