package dev.ucprov.core.inventory;

import dev.ucprov.core.device.MacAddress;
import java.time.Instant;

/**
 * A phone that asked a tenant for its MAC-named files but is not claimed by any tenant.
 *
 * @param userAgent the last User-Agent it sent; a request without one (TFTP) keeps the previous
 * @param count requests recorded
 */
public record UnknownDevice(
    MacAddress mac,
    Instant firstSeen,
    Instant lastSeen,
    String lastAddress,
    String userAgent,
    long count) {}
