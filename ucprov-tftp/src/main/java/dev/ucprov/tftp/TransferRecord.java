package dev.ucprov.tftp;

import dev.ucprov.core.provisioning.TransferLine;
import dev.ucprov.core.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * One TFTP request once it ended, for the access log and the metrics.
 *
 * @param time when it ended
 * @param client the client's IP address
 * @param tenant the tenant it reached, when any
 * @param method {@code RRQ} or {@code WRQ}
 * @param path the file name as the client sent it
 * @param status the HTTP-equivalent status (see {@link Answer})
 * @param bytes file bytes delivered or received
 * @param millis from the request's arrival to the transfer's end
 */
public record TransferRecord(
    Instant time,
    String client,
    Optional<TenantId> tenant,
    String method,
    String path,
    int status,
    long bytes,
    long millis) {

  /** Its line in the phone access log. */
  TransferLine accessLine() {
    return new TransferLine(
        time, client, tenant.map(TenantId::value).orElse("-"), method, path, status, bytes, millis);
  }
}
