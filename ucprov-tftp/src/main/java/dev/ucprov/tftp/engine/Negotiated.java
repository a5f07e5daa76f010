package dev.ucprov.tftp.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The terms of one transfer once options are settled.
 *
 * @param blockSize bytes per DATA block (512 without the blksize option)
 * @param windowSize blocks sent before an ACK is awaited (1 without the windowsize option)
 * @param timeoutNanos the first wait before sending again (the client's timeout option, else ours)
 * @param transferSize the size the client declared with tsize on a write request
 * @param acknowledged what the OACK carries; empty when no option was accepted, and then no OACK is
 *     sent (RFC 2347: the transfer starts as RFC 1350 says)
 */
public record Negotiated(
    int blockSize,
    int windowSize,
    long timeoutNanos,
    OptionalLong transferSize,
    Map<String, String> acknowledged) {

  public Negotiated {
    acknowledged = Collections.unmodifiableMap(new LinkedHashMap<>(acknowledged));
  }

  /** RFC 1350 terms: 512-byte blocks, one at a time, our timeout. */
  public static Negotiated plain(TransferLimits limits) {
    return new Negotiated(
        TransferLimits.DEFAULT_BLOCK_SIZE,
        1,
        limits.timeout().toNanos(),
        OptionalLong.empty(),
        Map.of());
  }

  /** Whether an OACK opens the transfer. */
  public boolean optionAck() {
    return !acknowledged.isEmpty();
  }
}
