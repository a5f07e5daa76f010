package dev.ucprov.tftp.engine;

import java.time.Duration;

/**
 * What one transfer may use and how patiently it waits.
 *
 * @param maxBlockSize the largest blksize granted (RFC 2348 allows up to 65464); a larger request
 *     is answered with this one
 * @param maxWindowSize the largest windowsize granted (RFC 7440 allows up to 65535)
 * @param maxWindowBytes the most bytes of unacknowledged blocks a read holds in memory: a window is
 *     cut to fit, so 500 transfers at 64 blocks of 64 KB never need 2 GB
 * @param timeout how long to wait for the peer before sending again, unless the client's timeout
 *     option (RFC 2349) says otherwise
 * @param maxTimeout the longest wait the backoff reaches: each retry doubles the wait up to it
 * @param retries how many times a packet is sent again before the transfer is given up
 */
public record TransferLimits(
    int maxBlockSize,
    int maxWindowSize,
    int maxWindowBytes,
    Duration timeout,
    Duration maxTimeout,
    int retries) {

  public static final int MIN_BLOCK_SIZE = 8;
  public static final int MAX_BLOCK_SIZE = 65464;
  public static final int DEFAULT_BLOCK_SIZE = 512;
  public static final int MAX_WINDOW_SIZE = 65535;

  public TransferLimits {
    if (maxBlockSize < DEFAULT_BLOCK_SIZE || maxBlockSize > MAX_BLOCK_SIZE) {
      throw new IllegalArgumentException(
          "the largest block size must be 512 to 65464 bytes: " + maxBlockSize);
    }
    if (maxWindowSize < 1 || maxWindowSize > MAX_WINDOW_SIZE) {
      throw new IllegalArgumentException("the largest window must be 1 to 65535: " + maxWindowSize);
    }
    if (maxWindowBytes < maxBlockSize) {
      throw new IllegalArgumentException(
          "the window memory (" + maxWindowBytes + ") must hold a block of " + maxBlockSize);
    }
    if (timeout.isNegative()
        || timeout.isZero()
        || timeout.compareTo(Duration.ofSeconds(255)) > 0
        || maxTimeout.compareTo(timeout) < 0) {
      throw new IllegalArgumentException(
          "the timeout must be longer than zero, at most 255 s and at most the longest wait: "
              + timeout
              + ", "
              + maxTimeout);
    }
    if (retries < 0 || retries > 100) {
      throw new IllegalArgumentException("retries must be 0 to 100: " + retries);
    }
  }

  /** Blocks up to 65464 bytes, windows up to 64 blocks in 1 MiB, 1 s doubling to 8 s, 5 retries. */
  public static TransferLimits standard() {
    return new TransferLimits(
        MAX_BLOCK_SIZE, 64, 1 << 20, Duration.ofSeconds(1), Duration.ofSeconds(8), 5);
  }

  /** These limits with another first timeout (the longest wait rises to it when below). */
  public TransferLimits withTimeout(Duration first) {
    return new TransferLimits(
        maxBlockSize,
        maxWindowSize,
        maxWindowBytes,
        first,
        maxTimeout.compareTo(first) < 0 ? first : maxTimeout,
        retries);
  }

  /** These limits with another retry count. */
  public TransferLimits withRetries(int count) {
    return new TransferLimits(
        maxBlockSize, maxWindowSize, maxWindowBytes, timeout, maxTimeout, count);
  }
}
