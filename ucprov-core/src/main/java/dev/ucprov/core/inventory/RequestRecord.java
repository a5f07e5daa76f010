package dev.ucprov.core.inventory;

import dev.ucprov.core.device.Protocol;
import java.time.Instant;

/** One request a phone made, as the device's recent-requests list shows it. */
public record RequestRecord(
    Instant time, Protocol protocol, String method, String path, int status, long bytes) {}
