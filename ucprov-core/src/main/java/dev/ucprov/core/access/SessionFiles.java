package dev.ucprov.core.access;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.StoredFile;
import dev.ucprov.core.provisioning.MacName;
import dev.ucprov.core.upload.UploadRepository;
import dev.ucprov.core.upload.UploadedFile;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The names a session may list (FTP LIST, NLST, MLSD), so no listing shows other devices' files
 * (issue 5): the tenant's and the shared files that name no MAC; and, for a device's login, its own
 * MAC's files too: those stored under its MAC, per-device ({@code [PHONE_MAC_ADDRESS]}) names with
 * its MAC in place of the token, and its uploads, which answer in every directory and are listed at
 * the root. Other MACs' files are never listed, whoever asks. Listing a name promises nothing: the
 * listener still fetches each one and shows only those that answer. Thread-safe.
 */
public final class SessionFiles {

  /** The token a stored per-device name carries in place of the MAC (as ServedFiles reads it). */
  private static final String TOKEN = "[PHONE_MAC_ADDRESS]";

  private final FileRepository files;
  private final UploadRepository uploads;

  public SessionFiles(FileRepository files, UploadRepository uploads) {
    this.files = files;
    this.uploads = uploads;
  }

  /** The paths {@code login} may list, within its tenant, sorted and without repeats. */
  public List<FilePath> listable(Login.Accepted login) {
    TreeSet<String> names = new TreeSet<>();
    List<MacAddress> own = login.devices();
    for (FileScope scope : List.of(FileScope.of(login.tenant().id()), FileScope.shared())) {
      for (StoredFile file : files.list(scope)) {
        names.addAll(visible(file.path(), own));
      }
    }
    for (MacAddress mac : own) {
      for (UploadedFile upload : uploads.files(login.tenant().id(), mac)) {
        names.add(upload.name().name());
      }
    }
    return names.stream().map(FilePath::new).toList();
  }

  /** What a stored path shows as to a session that owns {@code own}. */
  private static List<String> visible(FilePath path, List<MacAddress> own) {
    String value = path.value();
    if (value.contains(TOKEN)) {
      return own.stream().map(mac -> value.replace(TOKEN, mac.value())).toList();
    }
    Optional<MacName> named = MacName.in(path);
    if (named.isEmpty()) {
      return List.of(value);
    }
    return own.contains(named.get().mac()) ? List.of(named.get().canonical().value()) : List.of();
  }
}
