package dev.ucprov.app.config;

import dev.ucprov.tftp.TftpSetup;
import dev.ucprov.tftp.engine.TransferLimits;
import java.time.Duration;
import java.util.Optional;

/**
 * The phones' TFTP listener.
 *
 * @param address where it listens; empty for no TFTP ({@code --tftp off})
 * @param required whether failing to bind stops the server: true for an address the operator gave;
 *     the default address only logs a warning, so a second server on the same machine, or one
 *     without the port, still starts
 * @param maxTransfers transfers at once; a request beyond gets an error at once
 * @param timeout the first wait before a block or ACK is sent again (doubling up to 8 s or this)
 * @param retries how often it is sent again before the transfer is given up
 */
public record TftpConfig(
    Optional<HostPort> address, boolean required, int maxTransfers, Duration timeout, int retries) {

  public static final HostPort DEFAULT_ADDRESS = new HostPort("0.0.0.0", TftpSetup.DEFAULT_PORT);

  public TftpConfig {
    limits(timeout, retries); // refuses what the listener would
    if (maxTransfers < 1 || maxTransfers > 100_000) {
      throw new IllegalArgumentException("tftp-max-transfers must be 1 to 100000: " + maxTransfers);
    }
  }

  /** TFTP's own port (RFC 1350), which needs root or {@code CAP_NET_BIND_SERVICE}. */
  public static final int STANDARD_PORT = 69;

  /**
   * {@code 0.0.0.0:6969} (port 69 first when it can be bound), 500 transfers, 1 s doubling to 8 s,
   * 5 retries.
   */
  public static TftpConfig defaults() {
    TransferLimits standard = TransferLimits.standard();
    return new TftpConfig(
        Optional.of(DEFAULT_ADDRESS),
        false,
        TftpSetup.DEFAULT_MAX_TRANSFERS,
        standard.timeout(),
        standard.retries());
  }

  /** No TFTP listener. */
  public static TftpConfig off() {
    return new TftpConfig(
        Optional.empty(), false, TftpSetup.DEFAULT_MAX_TRANSFERS, Duration.ofSeconds(1), 5);
  }

  /** The limits of each transfer. */
  public TransferLimits limits() {
    return limits(timeout, retries);
  }

  private static TransferLimits limits(Duration timeout, int retries) {
    return TransferLimits.standard().withTimeout(timeout).withRetries(retries);
  }
}
