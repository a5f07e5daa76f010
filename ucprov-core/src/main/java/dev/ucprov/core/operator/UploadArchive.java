package dev.ucprov.core.operator;

import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.UploadLimits;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadRepository;
import dev.ucprov.core.upload.UploadVersion;
import dev.ucprov.core.upload.UploadedFile;
import java.util.List;
import java.util.Optional;

/**
 * A device's uploads as operators see them: its files with their newest version, each file's
 * versions, and restoring one (its content becomes the newest version, so a Reset Local Config can
 * be undone). Thread-safe.
 */
public final class UploadArchive {

  /** What a restore records as its source and credential. */
  public static final String RESTORE_SOURCE = "admin API";

  public static final String RESTORE_CREDENTIAL = "admin token";

  private final DeviceCatalog devices;
  private final UploadRepository uploads;
  private final UploadLimits limits;

  public UploadArchive(DeviceCatalog devices, UploadRepository uploads, UploadLimits limits) {
    this.devices = devices;
    this.uploads = uploads;
    this.limits = limits;
  }

  /** The device's uploaded files, by name, each with its newest version. */
  public Outcome<List<UploadedFile>> files(String tenant, String mac) {
    return devices.find(tenant, mac).map(d -> uploads.files(d.tenant(), d.mac()));
  }

  /** The file's versions, newest first. */
  public Outcome<List<UploadVersion>> versions(String tenant, String mac, String name) {
    Outcome<File> file = file(tenant, mac, name);
    if (!(file instanceof Outcome.Ok<File>(File f))) {
      return file.asRefusal();
    }
    List<UploadVersion> versions = uploads.versions(f.device().tenant(), f.name());
    return versions.isEmpty() ? noUpload(f) : new Outcome.Ok<>(versions);
  }

  /** One version, whose content the caller streams from the blob store. */
  public Outcome<UploadVersion> version(String tenant, String mac, String name, int version) {
    Outcome<File> file = file(tenant, mac, name);
    if (!(file instanceof Outcome.Ok<File>(File f))) {
      return file.asRefusal();
    }
    return found(f, version);
  }

  /** Version {@code version}'s content as the file's newest version. */
  public Outcome<UploadVersion> restore(String tenant, String mac, String name, int version) {
    Outcome<File> file = file(tenant, mac, name);
    if (!(file instanceof Outcome.Ok<File>(File f))) {
      return file.asRefusal();
    }
    Outcome<UploadVersion> earlier = found(f, version);
    if (!(earlier instanceof Outcome.Ok<UploadVersion>(UploadVersion old))) {
      return earlier;
    }
    NewUpload copy =
        new NewUpload(RESTORE_SOURCE, RESTORE_CREDENTIAL, old.blob(), Optional.of(version));
    try {
      return new Outcome.Ok<>(
          uploads.append(f.device().tenant(), f.name(), copy, limits.retention(f.name().kind())));
    } catch (IllegalArgumentException deviceDeletedMeanwhile) {
      return new Outcome.NotFound<>(deviceDeletedMeanwhile.getMessage());
    }
  }

  /** A device of the tenant and one of its upload names. */
  private record File(Device device, UploadName name) {}

  private Outcome<File> file(String tenant, String mac, String name) {
    Outcome<Device> device = devices.find(tenant, mac);
    if (!(device instanceof Outcome.Ok<Device>(Device d))) {
      return device.asRefusal();
    }
    Optional<UploadName> upload = UploadName.parse(name).filter(n -> n.mac().equals(d.mac()));
    if (upload.isEmpty() || name.contains("/")) {
      return Outcome.invalid(
          "name",
          "\""
              + Fields.shown(name)
              + "\" is not a file device "
              + d.mac()
              + " writes: "
              + d.mac()
              + "-phone.cfg, -web.cfg, -directory.xml, -calls.xml or -<name>.log");
    }
    return new Outcome.Ok<>(new File(d, upload.get()));
  }

  private Outcome<UploadVersion> found(File file, int version) {
    return uploads
        .version(file.device().tenant(), file.name(), version)
        .<Outcome<UploadVersion>>map(Outcome.Ok::new)
        .orElseGet(() ->
            new Outcome.NotFound<>(
                "no version " + version + " of " + file.name() + " (kept: see its versions)"));
  }

  private static <T> Outcome<T> noUpload(File file) {
    return new Outcome.NotFound<>(
        "device " + file.device().mac() + " has uploaded no " + file.name());
  }
}
