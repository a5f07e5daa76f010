package dev.ucprov.ftp;

import dev.ucprov.core.access.SessionFiles;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.ProvisioningService;
import java.time.Clock;
import org.apache.ftpserver.ftplet.FileSystemFactory;
import org.apache.ftpserver.ftplet.FileSystemView;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.User;

/** Makes each logged-in session its {@link SessionView}. Thread-safe. */
final class PhoneFileSystem implements FileSystemFactory {

  private final ProvisioningService service;
  private final SessionFiles listing;
  private final BlobStore blobs;
  private final Clock clock;

  PhoneFileSystem(ProvisioningService service, SessionFiles listing, BlobStore blobs, Clock clock) {
    this.service = service;
    this.listing = listing;
    this.blobs = blobs;
    this.clock = clock;
  }

  @Override
  public FileSystemView createFileSystemView(User user) throws FtpException {
    if (!(user instanceof SessionUser session)) {
      throw new FtpException("not a session of this server: " + user);
    }
    return new SessionView(session, service, listing, blobs, clock.millis());
  }
}
