package dev.ucprov.core.inventory;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;

/**
 * A request seen from a phone, to be recorded off the request path.
 *
 * @param tenant the tenant the request reached
 * @param mac the MAC the request named (in its file name), when it named one
 * @param sourceAddress the client's address, without port
 * @param userAgent the User-Agent as sent, or empty
 * @param request what was asked and answered
 */
public record Sighting(
    TenantId tenant,
    java.util.Optional<MacAddress> mac,
    String sourceAddress,
    String userAgent,
    RequestRecord request) {}
