package dev.ucprov.ftp;

import dev.ucprov.core.access.SessionFiles;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.Routing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.ftpserver.ftplet.FileSystemView;
import org.apache.ftpserver.ftplet.FtpFile;

/**
 * One session's view of its tenant's files, locked to the tenant's root. Every read is a {@code
 * FileRequest} to the core with the session's tenant and proof, so FTP shows exactly what HTTP
 * serves the same credentials. Listings show only the names {@link SessionFiles} allows that the
 * core then serves. FtpServer runs one command of a session at a time; the working directory is
 * volatile for the rare command run on another thread.
 */
final class SessionView implements FileSystemView {

  private static final FileReply NOT_A_FILE = new FileReply.NotFound(Routing.nowhere());

  private final SessionUser user;
  private final ProvisioningService service;
  private final SessionFiles listing;
  private final BlobStore blobs;
  private final long directoryTime;
  private volatile ViewPath cwd = ViewPath.ROOT;

  /**
   * @param directoryTime what listings show as directories' modification time (epoch millis)
   */
  SessionView(
      SessionUser user,
      ProvisioningService service,
      SessionFiles listing,
      BlobStore blobs,
      long directoryTime) {
    this.user = user;
    this.service = service;
    this.listing = listing;
    this.blobs = blobs;
    this.directoryTime = directoryTime;
  }

  SessionUser user() {
    return user;
  }

  /** {@code argument} from the working directory; empty when it climbs above the root. */
  Optional<ViewPath> resolve(String argument) {
    return ViewPath.resolve(cwd, argument);
  }

  /** The core's reply to this session for {@code path}. */
  FileReply fetch(ViewPath path) {
    return path.isRoot() ? NOT_A_FILE : service.fetch(user.request(path));
  }

  /** The served bytes from {@code offset}, which the caller closes. */
  InputStream open(FileReply.Served served, long offset) throws IOException {
    InputStream in =
        switch (served.body()) {
          case FileReply.Body.Bytes bytes -> new ByteArrayInputStream(bytes.content());
          case FileReply.Body.Stored stored ->
              blobs
                  .open(stored.blob())
                  .orElseThrow(
                      () -> new IOException("the stored body of " + served.path() + " is missing"));
        };
    in.skipNBytes(offset);
    return in;
  }

  long directoryTime() {
    return directoryTime;
  }

  /** The files this session may list directly in {@code directory}, and its subdirectories. */
  List<FtpFile> children(ViewPath directory) {
    Map<String, FtpFile> entries = new TreeMap<>();
    for (FilePath name : listing.listable(user.login())) {
      ViewPath path = new ViewPath(Arrays.asList(name.value().split("/")));
      if (!directory.contains(path)) {
        continue;
      }
      ViewPath child = directory.childToward(path);
      if (child.equals(path)) {
        FileReply reply = fetch(path);
        if (reply instanceof FileReply.Served) {
          entries.put(child.name(), new ViewFile(this, path, reply));
        }
      } else {
        entries.putIfAbsent(child.name(), new ViewFile(this, child, NOT_A_FILE));
      }
    }
    return List.copyOf(entries.values());
  }

  @Override
  public FtpFile getHomeDirectory() {
    return new ViewFile(this, ViewPath.ROOT);
  }

  @Override
  public FtpFile getWorkingDirectory() {
    return new ViewFile(this, cwd, NOT_A_FILE);
  }

  /** Any path within the root that is not a file this session is served. */
  @Override
  public boolean changeWorkingDirectory(String directory) {
    Optional<ViewPath> target = resolve(directory);
    if (target.isEmpty() || new ViewFile(this, target.get()).isFile()) {
      return false;
    }
    cwd = target.get();
    return true;
  }

  @Override
  public FtpFile getFile(String file) {
    return resolve(file)
        .<FtpFile>map(path -> new ViewFile(this, path))
        .orElseGet(() -> new OutsideFile(file));
  }

  /** REST is honoured for RETR. */
  @Override
  public boolean isRandomAccessible() {
    return true;
  }

  @Override
  public void dispose() {
    // nothing held
  }
}
