package dev.ucprov.core.provisioning;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.inventory.DeviceRepository.Listed;
import dev.ucprov.core.provisioning.FileLookup.Found;
import dev.ucprov.core.template.RenderContext;
import dev.ucprov.core.template.TemplateRenderer;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.upload.UploadRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * What a tenant serves at a path, once the tenant is known: the file {@link FileLookup} finds,
 * rendered through the {@link TemplateRenderer} when it is a template. Shared by the phone-facing
 * {@link ProvisioningService} and by the trees that show an operator what a device gets, so the two
 * can never disagree. Thread-safe.
 */
public final class ServedFiles {

  private final FileLookup lookup;
  private final DeviceRepository devices;
  private final FileRepository files;
  private final BlobStore blobs;
  private final Rendering rendering;
  private final ServerUrls urls;

  /**
   * Served files without uploads: a phone's uploads are not served back.
   *
   * @param clock gives the Last-Modified of renderings
   */
  public ServedFiles(
      DeviceRepository devices,
      FileRepository files,
      BlobStore blobs,
      TemplateRenderer renderer,
      RenderCache cache,
      ServerUrls urls,
      Clock clock) {
    this(devices, files, (tenant, name) -> Optional.empty(), blobs, renderer, cache, urls, clock);
  }

  /**
   * Served files where a file phones write answers with its newest uploaded version, when it has
   * one, before the tenant's and the shared files.
   *
   * @param clock gives the Last-Modified of renderings
   */
  public ServedFiles(
      DeviceRepository devices,
      FileRepository files,
      UploadRepository uploads,
      BlobStore blobs,
      TemplateRenderer renderer,
      RenderCache cache,
      ServerUrls urls,
      Clock clock) {
    this(devices, files, uploads::latest, blobs, renderer, cache, urls, clock);
  }

  private ServedFiles(
      DeviceRepository devices,
      FileRepository files,
      FileLookup.LatestUpload uploads,
      BlobStore blobs,
      TemplateRenderer renderer,
      RenderCache cache,
      ServerUrls urls,
      Clock clock) {
    this.lookup = new FileLookup(devices, files, uploads);
    this.devices = devices;
    this.files = files;
    this.blobs = blobs;
    this.rendering = new Rendering(blobs, renderer, cache, clock);
    this.urls = urls;
  }

  /**
   * The reply for {@code path} in {@code tenant}.
   *
   * @param host the host name the tenant was reached by; empty when reached by path prefix
   */
  FileReply serve(Tenant tenant, FilePath path, Optional<String> host) {
    FileLookup.Result result = lookup.find(tenant, path);
    Routing routing = Routing.of(tenant.id(), result.mac());
    if (result.found().isEmpty()) {
      return new FileReply.NotFound(routing);
    }
    Found found = result.found().get();
    FileVersion version = found.file().latest();
    if (!version.template()) {
      return new FileReply.Served(
          found.servedPath(),
          ContentTypes.of(found.servedPath()),
          version.blob().sha256(),
          version.time(),
          new FileReply.Body.Stored(version.blob()),
          routing);
    }
    RenderContext context =
        new RenderContext(
            found.device().map(ServedFiles::deviceValues),
            new RenderContext.TenantValues(tenant.id().value(), tenant.name(), tenant.variables()),
            urls.forTenant(tenant.id(), host));
    return rendering.render(found, tenant, context, routing);
  }

  /** Whether {@code mac} is a device of {@code tenant}. */
  boolean claimed(Tenant tenant, MacAddress mac) {
    return devices.find(mac).filter(d -> d.tenant().equals(tenant.id())).isPresent();
  }

  /** The devices this instance serves from, for the default access policy. */
  DeviceRepository devices() {
    return devices;
  }

  /**
   * Exactly what {@code device} is served in its tenant, reached by path prefix: for effective
   * config and export.
   */
  public ServedTree deviceTree(Tenant tenant, Device device) {
    return new ServedTree(this, files, blobs, tenant, Optional.of(device), false);
  }

  /**
   * A tenant's files as served, for lint: per-device files shown as the tenant's first device (by
   * MAC) gets them, and left out when the tenant has no device; files named by other MACs as those
   * phones get them.
   */
  public ServedTree tenantTree(Tenant tenant) {
    DeviceQuery first = new DeviceQuery(Optional.empty(), Optional.empty(), Optional.empty(), 0, 1);
    Optional<Device> sample =
        devices.list(tenant.id(), first).devices().stream().findFirst().map(Listed::device);
    return new ServedTree(this, files, blobs, tenant, sample, true);
  }

  static RenderContext.DeviceValues deviceValues(Device device) {
    return new RenderContext.DeviceValues(
        device.mac().value(),
        device.model().orElse(""),
        device.label().orElse(""),
        device.variables());
  }
}
