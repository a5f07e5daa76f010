package dev.ucprov.core.checksync;

import dev.ucprov.core.device.MacAddress;
import java.time.Instant;
import java.util.Optional;

/**
 * One device of a job and how far it got.
 *
 * @param status the final SIP or HTTP status; 0 when none came or it is not done
 * @param reason the reason phrase, or what went wrong; empty while pending
 * @param via the mechanism that carried it, once sent
 * @param updated when its state last changed; empty while pending
 */
public record JobDevice(
    MacAddress mac,
    DeviceState state,
    int status,
    Optional<String> reason,
    Optional<Delivery.Via> via,
    Optional<Instant> updated) {

  public static JobDevice pending(MacAddress mac) {
    return new JobDevice(
        mac, DeviceState.PENDING, 0, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
