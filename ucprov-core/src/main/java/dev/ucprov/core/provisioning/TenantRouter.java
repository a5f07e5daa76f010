package dev.ucprov.core.provisioning;

import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the tenant a request reached and the file it asks for; the file must be a safe {@link
 * FilePath} and the path is not decoded any further. In this order:
 *
 * <ol>
 *   <li>a tenant a login settled ({@link FileRequest#tenant()}, FTP): the whole path is the file;
 *   <li>TFTP, which carries neither host name nor credentials (issue 5): the tenant of the device
 *       whose MAC the file name carries, else the tenant whose networks hold the source address;
 *       the whole path is the file;
 *   <li>a Host equal to one of a tenant's host names (case-insensitive, port ignored): the whole
 *       path is the file;
 *   <li>otherwise the first path segment must be the id of a tenant and the rest is the file.
 * </ol>
 *
 * Thread-safe.
 */
final class TenantRouter {

  /** Where a request goes. */
  record Route(Tenant tenant, FilePath file, Optional<String> host) {}

  private final TenantRepository tenants;
  private final DeviceRepository devices;

  TenantRouter(TenantRepository tenants, DeviceRepository devices) {
    this.tenants = tenants;
    this.devices = devices;
  }

  Optional<Route> route(FileRequest request) {
    if (request.tenant().isPresent()) {
      return file(request.path())
          .flatMap(file ->
              tenants.find(request.tenant().get()).map(t -> new Route(t, file, Optional.empty())));
    }
    if (request.protocol() == Protocol.TFTP) {
      return bySource(request);
    }
    Optional<String> host = request.host().map(TenantRouter::hostName).filter(h -> !h.isEmpty());
    Optional<Tenant> byHost = host.flatMap(tenants::findByHostname);
    if (byHost.isPresent()) {
      return file(request.path()).map(file -> new Route(byHost.get(), file, host));
    }
    String path = request.path();
    int slash = path.indexOf('/');
    if (slash <= 0 || !TenantId.isValid(path.substring(0, slash))) {
      return Optional.empty();
    }
    Optional<FilePath> file = file(path.substring(slash + 1));
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return tenants
        .find(new TenantId(path.substring(0, slash)))
        .map(tenant -> new Route(tenant, file.get(), Optional.empty()));
  }

  private Optional<Route> bySource(FileRequest request) {
    Optional<FilePath> file = file(request.path());
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Optional<Tenant> tenant =
        MacName.in(file.get())
            .flatMap(name -> devices.find(name.mac()))
            .flatMap(device -> tenants.find(device.tenant()));
    if (tenant.isEmpty()) {
      tenant = tenants.findByAddress(request.sourceAddress());
    }
    return tenant.map(t -> new Route(t, file.get(), Optional.empty()));
  }

  private static Optional<FilePath> file(String path) {
    return FilePath.problem(path).isEmpty() ? Optional.of(new FilePath(path)) : Optional.empty();
  }

  /** Lower case, without port; {@code [::1]:8080} keeps its brackets and loses the port. */
  static String hostName(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h : h.substring(0, close + 1);
    }
    int colon = h.indexOf(':');
    String name = colon < 0 ? h : h.substring(0, colon);
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
