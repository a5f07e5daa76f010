package dev.ucprov.core.provisioning;

import dev.ucprov.core.abuse.AbuseGuard;
import dev.ucprov.core.abuse.AbuseLimits;
import dev.ucprov.core.abuse.Admission;
import dev.ucprov.core.abuse.SecurityEvent;
import dev.ucprov.core.access.Access;
import dev.ucprov.core.access.AccessPolicy;
import dev.ucprov.core.access.Operation;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * The one entry point of every phone-facing listener: {@link #admission} says whether to answer a
 * source address at all, {@link #fetch} decides the reply to a {@link FileRequest}, and {@link
 * #answered} tells the inventory what was sent. Routing is {@link TenantRouter}'s, access the
 * {@link AccessPolicy}'s, the file and its rendering {@link ServedFiles}'. Failed authentications
 * and requests for files of unknown MACs are counted by the {@link AbuseGuard}. Thread-safe;
 * neither method blocks on the inventory.
 */
public final class ProvisioningService {

  private final TenantRouter router;
  private final ServedFiles served;
  private final AccessPolicy access;
  private final AbuseGuard guard;
  private final SightingSink sightings;
  private final Clock clock;

  /**
   * @param access decides who may read what
   * @param guard counts failed authentications and unknown MACs per source address
   * @param sightings where {@link #answered} sends what phones did ({@link InventoryRecorder})
   * @param clock gives the time of each recorded request
   */
  public ProvisioningService(
      TenantRepository tenants,
      ServedFiles served,
      AccessPolicy access,
      AbuseGuard guard,
      SightingSink sightings,
      Clock clock) {
    this.router = new TenantRouter(tenants, served.devices());
    this.served = served;
    this.access = access;
    this.guard = guard;
    this.sightings = sightings;
    this.clock = clock;
  }

  /**
   * A service with the access policy over {@code served}'s devices and the default abuse limits,
   * whose security events go nowhere: for tests and tools that do not watch them.
   */
  public ProvisioningService(
      TenantRepository tenants, ServedFiles served, SightingSink sightings, Clock clock) {
    this(
        tenants,
        served,
        new AccessPolicy(served.devices()),
        new AbuseGuard(AbuseLimits.defaults(), clock, line -> {}),
        sightings,
        clock);
  }

  /** How to treat a request from {@code sourceAddress}, before reading any of it. */
  public Admission admission(String sourceAddress) {
    return guard.admit(sourceAddress);
  }

  /** The reply to a phone's request; never throws for anything the request contains. */
  public FileReply fetch(FileRequest request) {
    Optional<TenantRouter.Route> found = router.route(request);
    if (found.isEmpty()) {
      return new FileReply.NotFound(Routing.nowhere());
    }
    TenantRouter.Route route = found.get();
    Optional<MacAddress> mac = MacName.in(route.file()).map(MacName::mac);
    Routing routing = Routing.of(route.tenant().id(), mac);
    switch (authorize(request, route.tenant(), mac, Operation.READ)) {
      case Access.Challenge challenge -> {
        return new FileReply.Challenge(challenge.reason(), routing);
      }
      case Access.Denied denied -> {
        return new FileReply.Denied(denied.reason(), routing);
      }
      case Access.Granted granted -> {}
    }
    FileReply reply = served.serve(route.tenant(), route.file(), route.host());
    if (reply instanceof FileReply.NotFound
        && mac.isPresent()
        && !served.claimed(route.tenant(), mac.get())) {
      unknownMac(request, route.tenant(), mac.get());
    }
    return reply;
  }

  /**
   * The access decision for {@code request} on a file of {@code tenant}, counting a failed
   * authentication against the request's source. Uploads call it with {@link Operation#WRITE}.
   *
   * @param mac the MAC the file's name carries ({@link MacName}), empty for a shared file
   */
  public Access authorize(
      FileRequest request, Tenant tenant, Optional<MacAddress> mac, Operation operation) {
    Access decision = access.decide(localised(tenant, request), mac, operation, request.proof());
    if (decision instanceof Access.Challenge challenge && challenge.rejectedUser().isPresent()) {
      guard.record(
          new SecurityEvent.AuthFailed(
              request.sourceAddress(),
              tenant.id(),
              challenge.rejectedUser().get(),
              request.path()));
    }
    return decision;
  }

  /**
   * Counts a refused login (FTP) against its source address, as a failed authentication.
   *
   * @param tenant the tenant the user name or the source address pointed at, if any, for the log
   */
  public void loginFailed(String sourceAddress, Optional<TenantId> tenant, String user) {
    guard.record(new SecurityEvent.LoginFailed(sourceAddress, tenant, user));
  }

  /**
   * The tenant as the access policy must see it for this request: its factory account counts only
   * from inside its networks, since the factory password is no secret (issue 5: "only where a
   * tenant enables it").
   */
  private static Tenant localised(Tenant tenant, FileRequest request) {
    if (!tenant.factoryAccount() || tenant.reaches(request.sourceAddress())) {
      return tenant;
    }
    return new Tenant(
        tenant.id(),
        tenant.name(),
        tenant.hostnames(),
        tenant.credentials(),
        tenant.variables(),
        tenant.sip(),
        tenant.networks(),
        false);
  }

  /**
   * Counts a request for a file named by a MAC that is no device of {@code tenant} and was not
   * found (uploads report their 404s for unknown MACs here too).
   */
  public void unknownMac(FileRequest request, Tenant tenant, MacAddress mac) {
    guard.record(
        new SecurityEvent.UnknownMac(request.sourceAddress(), tenant.id(), mac, request.path()));
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
