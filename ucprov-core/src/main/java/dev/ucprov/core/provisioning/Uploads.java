package dev.ucprov.core.provisioning;

import dev.ucprov.core.access.Access;
import dev.ucprov.core.access.Operation;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantRepository;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.UploadLimits;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadRepository;
import dev.ucprov.core.upload.UploadValidation;
import dev.ucprov.core.upload.UploadVersion;
import dev.ucprov.core.upload.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

/**
 * What phones write, for every protocol: {@link #admit} decides from the request alone whether an
 * upload may go ahead and how large it may be, so a listener can stop reading at the cap; {@link
 * #store} validates the body and stores it as the file's next version. Routing is the same {@link
 * TenantRouter} reads use. A body over the cap ({@link #tooLarge}) or cut short ({@link #cutShort})
 * stores nothing.
 *
 * <p>Every upload, stored or refused, is recorded once in the device's request log by the step that
 * ends it, so no listener can forget to. Thread-safe.
 */
public final class Uploads {

  private static final String NOT_FOUND = "Not Found";

  private final ProvisioningService access;
  private final TenantRouter router;
  private final DeviceRepository devices;
  private final UploadRepository uploads;
  private final BlobStore blobs;
  private final UploadLimits limits;
  private final UploadValidation validation;
  private final SightingSink sightings;
  private final Clock clock;

  /**
   * @param access decides who may write (the tenant's {@link dev.ucprov.core.access.AccessPolicy},
   *     failed authentications and unknown MACs counted by its abuse guard), as for reads
   * @param sightings where each upload's request record goes ({@link InventoryRecorder})
   * @param clock gives the time of request records
   */
  public Uploads(
      ProvisioningService access,
      TenantRepository tenants,
      DeviceRepository devices,
      UploadRepository uploads,
      BlobStore blobs,
      UploadLimits limits,
      SightingSink sightings,
      Clock clock) {
    this.access = access;
    this.router = new TenantRouter(tenants, devices);
    this.devices = devices;
    this.uploads = uploads;
    this.blobs = blobs;
    this.limits = limits;
    this.validation = new UploadValidation(limits);
    this.sightings = sightings;
    this.clock = clock;
  }

  /**
   * Whether this request may upload: it reaches a tenant, names a file phones write, may write it,
   * and the file's MAC is a device of that tenant. Refusals are recorded. The access decision comes
   * before the device lookup, so a client without the tenant's credentials cannot tell known MACs
   * from unknown ones; a 401 or 403 carries the policy's reason, which the listener logs and never
   * sends.
   *
   * @param method the method as the protocol names it ({@code PUT}, {@code WRQ}, {@code STOR})
   */
  public UploadAdmission admit(FileRequest request, String method) {
    Optional<TenantRouter.Route> route = router.route(request);
    if (route.isEmpty()) {
      return refuse(request, method, 404, NOT_FOUND, Routing.nowhere());
    }
    Tenant tenant = route.get().tenant();
    Optional<UploadName> name = UploadName.parse(route.get().file());
    if (name.isEmpty()) {
      Routing routing = Routing.of(tenant.id(), MacName.in(route.get().file()).map(MacName::mac));
      return refuse(request, method, 405, notAnUpload(route.get().file().fileName()), routing);
    }
    MacAddress mac = name.get().mac();
    Routing routing = Routing.of(tenant.id(), Optional.of(mac));
    return switch (access.authorize(request, tenant, Optional.of(mac), Operation.WRITE)) {
      case Access.Challenge challenge -> refuse(request, method, 401, challenge.reason(), routing);
      case Access.Denied denied -> refuse(request, method, 403, denied.reason(), routing);
      case Access.Granted granted -> {
        Optional<Device> device = devices.find(mac).filter(d -> d.tenant().equals(tenant.id()));
        if (device.isEmpty()) {
          access.unknownMac(request, tenant, mac);
          yield refuse(request, method, 404, NOT_FOUND, routing);
        }
        yield new UploadAdmission.Admitted(
            new UploadTicket(
                request,
                method,
                tenant.id(),
                name.get(),
                granted.principal().display(),
                limits.cap(name.get().kind()),
                routing));
      }
    };
  }

  /** Validates the whole body and stores it as the file's newest version, or refuses it. */
  public UploadReply store(UploadTicket ticket, byte[] content) {
    if (validation.check(ticket.name(), content) instanceof Verdict.Refused(int s, String m)) {
      return refused(ticket, s, m, content.length);
    }
    BlobRef blob;
    try {
      // Staged only when the repository publishes it before committing the row that names it.
      blob = uploads.publishesStagedBlobs() ? blobs.stage(content) : blobs.put(content);
    } catch (IOException e) {
      record(ticket, 500, content.length);
      return new UploadReply.Failed(
          "upload " + ticket.name() + " not stored: " + e, ticket.routing());
    }
    NewUpload upload =
        NewUpload.received(ticket.request().sourceAddress(), ticket.credential(), blob);
    UploadVersion version;
    try {
      version =
          uploads.append(
              ticket.tenant(), ticket.name(), upload, limits.retention(ticket.name().kind()));
    } catch (IllegalArgumentException deviceDeletedMeanwhile) {
      return refused(ticket, 404, NOT_FOUND, content.length);
    } catch (UncheckedIOException notPublished) {
      record(ticket, 500, content.length);
      return new UploadReply.Failed(
          "upload " + ticket.name() + " not stored: " + notPublished.getMessage(),
          ticket.routing());
    }
    // Versions are numbered from 1 per file and never reused while the file lives, so the first
    // version is the file's creation; no read of the newest version beforehand (a boot storm
    // paid one more transaction per upload for it).
    boolean created = version.version() == 1;
    record(ticket, created ? 201 : 204, content.length);
    return new UploadReply.Stored(ticket.name(), version, created, ticket.routing());
  }

  /** The body passed the ticket's cap: refused with 413, nothing stored. */
  public UploadReply tooLarge(UploadTicket ticket, long bytesSeen) {
    Verdict.Refused refused = validation.tooLarge(ticket.name(), ticket.cap());
    return refused(ticket, refused.status(), refused.message(), bytesSeen);
  }

  /** The body ended before its declared length (the client went away): nothing stored. */
  public UploadReply cutShort(UploadTicket ticket, long bytesReceived) {
    return refused(
        ticket,
        400,
        "the upload was cut short after " + bytesReceived + " bytes; nothing was stored",
        bytesReceived);
  }

  private UploadReply refused(UploadTicket ticket, int status, String message, long bytes) {
    record(ticket, status, bytes);
    return new UploadReply.Refused(status, message, ticket.routing());
  }

  private UploadAdmission refuse(
      FileRequest request, String method, int status, String message, Routing routing) {
    Sightings.of(clock, request, routing, method, status, 0).ifPresent(sightings::seen);
    return new UploadAdmission.Refused(new UploadReply.Refused(status, message, routing));
  }

  private void record(UploadTicket ticket, int status, long bytes) {
    Sightings.of(clock, ticket.request(), ticket.routing(), ticket.method(), status, bytes)
        .ifPresent(sightings::seen);
  }

  private static String notAnUpload(String fileName) {
    return fileName
        + " is not a file phones write: uploads are <MAC>-phone.cfg, <MAC>-web.cfg,"
        + " <MAC>-directory.xml, <MAC>-calls.xml and <MAC>-<name>.log";
  }
}
