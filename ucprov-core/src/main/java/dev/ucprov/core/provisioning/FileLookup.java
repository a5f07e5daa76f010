package dev.ucprov.core.provisioning;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.files.StoredFile;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the stored file that answers a path in a tenant. The tenant's files come first, then the
 * shared ones. Within each scope, for a path naming a MAC ({@link MacName}): the file stored under
 * the requested name, then under the name with the MAC in lower case (imported per-device files),
 * then the per-device file with {@code [PHONE_MAC_ADDRESS]} in place of the MAC, which answers only
 * when the MAC is a device of this tenant, so an unknown phone gets a 404 and falls back to {@code
 * 000000000000.cfg}. A request that itself carries {@code [PHONE_MAC_ADDRESS]} is never answered,
 * so template sources are not handed out raw.
 *
 * <p>Before all of these, a file phones write ({@link UploadName}, whatever its directory) answers
 * with its newest uploaded version when it has one. Thread-safe.
 */
final class FileLookup {

  /**
   * What answers.
   *
   * @param file the stored file
   * @param servedPath the requested path, its MAC in lower case
   * @param mac the MAC the path named, when it named one
   * @param device the device of this tenant with that MAC, when there is one: templates render for
   *     it
   */
  record Found(
      StoredFile file, String servedPath, Optional<MacAddress> mac, Optional<Device> device) {}

  /** The newest uploaded version of a device's file, if any. */
  @FunctionalInterface
  interface LatestUpload {
    Optional<UploadVersion> find(TenantId tenant, UploadName name);
  }

  private final DeviceRepository devices;
  private final FileRepository files;
  private final LatestUpload uploads;

  FileLookup(DeviceRepository devices, FileRepository files, LatestUpload uploads) {
    this.devices = devices;
    this.files = files;
    this.uploads = uploads;
  }

  /** The file that answers, or why none does. */
  Result find(Tenant tenant, FilePath path) {
    Optional<MacName> named = MacName.in(path);
    Optional<MacAddress> mac = named.map(MacName::mac);
    if (path.value().contains(MacName.TOKEN)) {
      return new Result(Optional.empty(), mac);
    }
    Optional<Device> device =
        mac.flatMap(devices::find).filter(d -> d.tenant().equals(tenant.id()));
    String served = named.map(n -> n.canonical().value()).orElse(path.value());
    Optional<UploadVersion> upload =
        UploadName.parse(path).flatMap(name -> uploads.find(tenant.id(), name));
    if (upload.isPresent()) {
      Found found = uploaded(tenant, path, upload.get(), served, mac, device);
      return new Result(Optional.of(found), mac);
    }
    for (FileScope scope : List.of(FileScope.of(tenant.id()), FileScope.shared())) {
      for (FilePath candidate : candidates(path, named, device.isPresent())) {
        Optional<StoredFile> file = files.find(scope, candidate);
        if (file.isPresent()) {
          return new Result(Optional.of(new Found(file.get(), served, mac, device)), mac);
        }
      }
    }
    return new Result(Optional.empty(), mac);
  }

  /** An uploaded version as the stored file that answers; uploads are never templates. */
  private static Found uploaded(
      Tenant tenant,
      FilePath path,
      UploadVersion upload,
      String served,
      Optional<MacAddress> mac,
      Optional<Device> device) {
    FileVersion version =
        new FileVersion(upload.version(), upload.time(), upload.blob(), false, false);
    StoredFile file = new StoredFile(FileScope.of(tenant.id()), path, version);
    return new Found(file, served, mac, device);
  }

  /** The lookup's answer and the MAC the path named either way. */
  record Result(Optional<Found> found, Optional<MacAddress> mac) {}

  private static List<FilePath> candidates(
      FilePath path, Optional<MacName> named, boolean claimed) {
    List<FilePath> out = new ArrayList<>(3);
    out.add(path);
    named.ifPresent(n -> {
      if (!n.canonical().equals(path)) {
        out.add(n.canonical());
      }
      if (claimed) {
        out.add(n.template());
      }
    });
    return out;
  }
}
