package dev.ucprov.tftp;

import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.tftp.engine.TransferLimits;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.slf4j.Logger;

/**
 * Everything {@link TftpServer#start} needs.
 *
 * @param address where to listen ({@code 0.0.0.0:6969} by default; port 69 needs root or
 *     CAP_NET_BIND_SERVICE); each transfer gets its own ephemeral port on the same address
 * @param service answers read requests
 * @param uploads takes write requests
 * @param blobs where stored file bodies are read from
 * @param maxTransfers how many transfers may run at once; a request beyond gets error 0 at once
 * @param limits block size, window and retransmission limits of each transfer
 * @param accessLog where access lines go; {@code ucprov.access} in production
 * @param counter where each ended request is counted (the request metrics)
 * @param clock gives the time of access lines
 */
public record TftpSetup(
    InetSocketAddress address,
    ProvisioningService service,
    Uploads uploads,
    BlobStore blobs,
    int maxTransfers,
    TransferLimits limits,
    Logger accessLog,
    TransferCounter counter,
    Clock clock) {

  public static final int DEFAULT_PORT = 6969;
  public static final int DEFAULT_MAX_TRANSFERS = 500;

  public TftpSetup {
    if (maxTransfers < 1 || maxTransfers > 100_000) {
      throw new IllegalArgumentException(
          "the number of concurrent TFTP transfers must be 1 to 100000: " + maxTransfers);
    }
  }
}
