package dev.ucprov.ftp;

import dev.ucprov.core.access.Logins;
import dev.ucprov.core.access.SessionFiles;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.core.tenant.TenantRepository;
import dev.ucprov.core.upload.UploadRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Everything {@link FtpListener#start} needs.
 *
 * @param host where to listen ({@code 0.0.0.0}, {@code 127.0.0.1}, {@code ::})
 * @param port the control port; 0 for any free one
 * @param passivePorts where passive data connections listen
 * @param passiveAddress the address PASV tells clients to connect to, when it is not the one they
 *     reached (behind NAT); empty for that one
 * @param service every read's decision, and the abuse guard
 * @param uploads every upload's decision
 * @param logins every login's decision
 * @param listing which names a session may list
 * @param blobs where stored bodies are read from
 * @param tls explicit FTPS (AUTH TLS) with this context; empty for plain FTP only
 * @param limits connection limits
 * @param metrics where transfers are counted
 * @param clock gives the time of access lines and of directories in listings
 */
public record FtpSetup(
    String host,
    int port,
    PassivePorts passivePorts,
    Optional<String> passiveAddress,
    ProvisioningService service,
    Uploads uploads,
    Logins logins,
    SessionFiles listing,
    BlobStore blobs,
    Optional<SSLContext> tls,
    Limits limits,
    TransferMetrics metrics,
    Clock clock) {

  /**
   * A listener on {@code 127.0.0.1}, any free control and passive port, plain FTP, standard limits,
   * counting nothing: for tests of any module that want FTP over the services they built (issue 5
   * point 4 compares HTTP, TFTP and FTP over one service).
   */
  public static FtpSetup loopback(
      ProvisioningService service,
      Uploads uploads,
      TenantRepository tenants,
      DeviceRepository devices,
      FileRepository files,
      UploadRepository uploaded,
      BlobStore blobs,
      Clock clock) {
    return new FtpSetup(
        "127.0.0.1",
        0,
        PassivePorts.any(),
        Optional.empty(),
        service,
        uploads,
        new Logins(tenants, devices, service),
        new SessionFiles(files, uploaded),
        blobs,
        Optional.empty(),
        Limits.standard(),
        TransferMetrics.none(),
        clock);
  }

  /** The access log's SLF4J logger name, the one HTTP writes to. */
  public static final String ACCESS_LOG = "ucprov.access";

  /**
   * How much the listener takes on.
   *
   * @param maxLogins sessions logged in at once, anonymous ones included
   * @param threads threads answering commands (a transfer holds one while it runs)
   * @param idle how long a session or data connection may sit idle
   */
  public record Limits(int maxLogins, int threads, Duration idle) {

    public Limits {
      if (maxLogins < 1 || threads < 1 || idle.toSeconds() < 1) {
        throw new IllegalArgumentException(
            "FTP limits need at least one login, one thread and a second of idle time");
      }
    }

    /** 1000 sessions, 200 threads, 5 minutes idle. */
    public static Limits standard() {
      return new Limits(1000, 200, Duration.ofMinutes(5));
    }
  }
}
