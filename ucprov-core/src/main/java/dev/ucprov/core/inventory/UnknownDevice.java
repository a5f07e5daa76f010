package dev.ucprov.core.inventory;

import dev.ucprov.core.device.MacAddress;
import java.time.Instant;

/** A phone that asked a tenant for its MAC-named files but is not claimed by any tenant. */
public record UnknownDevice(
    MacAddress mac,
    Instant firstSeen,
    Instant lastSeen,
    String lastAddress,
    String userAgent,
    long count) {}
