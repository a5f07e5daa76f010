package dev.ucprov.ftp;

import dev.ucprov.core.provisioning.TransferLine;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * Writes what the listener answered: an access line for every login, listing and transfer, and a
 * count in the metrics for every transfer. Thread-safe.
 */
final class FtpLog {

  private final Logger access;
  private final TransferMetrics metrics;
  private final Clock clock;

  FtpLog(Logger access, TransferMetrics metrics, Clock clock) {
    this.access = access;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * One command answered.
   *
   * @param tenant the tenant id, or {@code -}
   * @param path the path in the session's view, or {@code -}
   * @param code the FTP reply code sent
   * @param startNanos {@link System#nanoTime()} when the command arrived
   */
  void answered(
      String client,
      String tenant,
      String method,
      String path,
      int code,
      long bytes,
      long startNanos) {
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    access.info(
        new TransferLine(clock.instant(), client, tenant, method, path, code, bytes, millis)
            .format());
  }

  /** A transfer, counted by the HTTP status its answer maps to. */
  void transferred(String relativePath, int httpStatus, long bytes) {
    metrics.answered(relativePath, httpStatus, bytes);
  }
}
