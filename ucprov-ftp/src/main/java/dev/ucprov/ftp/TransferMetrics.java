package dev.ucprov.ftp;

/**
 * Where the listener counts its transfers, for {@code /metrics}: the application hands in the same
 * counters HTTP uses, labelled with protocol {@code ftp}. Called on session threads; thread-safe.
 */
@FunctionalInterface
public interface TransferMetrics {

  /**
   * One RETR, STOR or APPE answered.
   *
   * @param path the file asked, within the tenant, which names its kind
   * @param status the HTTP status the answer maps to (200, 404, 201...), as every protocol counts
   * @param bytes body bytes sent to the phone
   */
  void answered(String path, int status, long bytes);

  /** Counts nothing. */
  static TransferMetrics none() {
    return (path, status, bytes) -> {};
  }
}
