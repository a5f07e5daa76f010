package dev.ucprov.core.provisioning;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.StoredFile;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tree.ProvisioningTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tenant's files as {@link ProvisioningService#fetch} would serve them, reached by path prefix:
 * {@link #read} gives the same bytes a phone asking for that path would get. Per-device names
 * ({@code [PHONE_MAC_ADDRESS]}) appear under the MAC of the tree's device. A device's tree hides
 * files named by other MACs, which its phone never asks for. A path whose template fails is listed
 * but unreadable, as the phone gets a 500 for it; {@link #failures()} says why.
 *
 * <p>Thread-safe. Content is computed on each read; firmware and other large files are read from
 * the blob store whole, so callers read configuration files only.
 */
public final class ServedTree implements ProvisioningTree {

  private final ServedFiles served;
  private final FileRepository files;
  private final BlobStore blobs;
  private final Tenant tenant;
  private final Optional<Device> device;
  private final boolean otherMacsVisible;
  private final Map<String, FileReply.RenderFailed> failures = new ConcurrentHashMap<>();

  ServedTree(
      ServedFiles served,
      FileRepository files,
      BlobStore blobs,
      Tenant tenant,
      Optional<Device> device,
      boolean otherMacsVisible) {
    this.served = served;
    this.files = files;
    this.blobs = blobs;
    this.tenant = tenant;
    this.device = device;
    this.otherMacsVisible = otherMacsVisible;
  }

  @Override
  public Optional<byte[]> read(String path) {
    if (FilePath.problem(path).isPresent() || !visible(path)) {
      return Optional.empty();
    }
    return switch (served.serve(tenant, new FilePath(path), Optional.empty())) {
      case FileReply.Served s -> bytes(s.body());
      case FileReply.NotFound n -> Optional.empty();
      // ServedFiles decides no access: the operator's view sees every file.
      case FileReply.Challenge c -> Optional.empty();
      case FileReply.Denied d -> Optional.empty();
      case FileReply.RenderFailed failed -> {
        failures.put(path, failed);
        yield Optional.empty();
      }
    };
  }

  @Override
  public List<String> paths() {
    TreeSet<String> out = new TreeSet<>();
    List<StoredFile> stored = new ArrayList<>(files.list(FileScope.of(tenant.id())));
    stored.addAll(files.list(FileScope.shared()));
    for (StoredFile file : stored) {
      String path = file.path().value();
      if (path.contains(MacName.TOKEN)) {
        device.ifPresent(d -> out.add(MacName.substituted(path, d.mac())));
      } else if (visible(path)) {
        out.add(path);
      }
    }
    return List.copyOf(out);
  }

  /** Why templates failed on the reads made so far, by path. */
  public Map<String, FileReply.RenderFailed> failures() {
    return Map.copyOf(failures);
  }

  private boolean visible(String path) {
    if (otherMacsVisible || device.isEmpty()) {
      return true;
    }
    Optional<MacAddress> named = MacName.in(new FilePath(path)).map(MacName::mac);
    return named.isEmpty() || named.get().equals(device.get().mac());
  }

  private Optional<byte[]> bytes(FileReply.Body body) {
    return switch (body) {
      case FileReply.Body.Bytes b -> Optional.of(b.content().clone());
      case FileReply.Body.Stored s -> {
        try {
          yield blobs.read(s.blob());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read stored file body " + s.blob().sha256(), e);
        }
      }
    };
  }
}
