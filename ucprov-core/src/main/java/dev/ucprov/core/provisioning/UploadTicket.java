package dev.ucprov.core.provisioning;

import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.upload.UploadName;

/**
 * An upload {@link Uploads#admit} let through: the listener reads at most {@link #cap()} bytes of
 * the body (stopping at {@code cap + 1} to tell a body over the cap) and hands them to {@link
 * Uploads#store}.
 *
 * @param request the request as the listener made it
 * @param method the method as the protocol names it ({@code PUT}, {@code WRQ}, {@code STOR})
 * @param tenant the tenant the request reached
 * @param name the file written
 * @param credential who writes, as upload versions record it
 * @param cap the largest body accepted for this kind of file
 * @param routing for the inventory and the access log
 */
public record UploadTicket(
    FileRequest request,
    String method,
    TenantId tenant,
    UploadName name,
    String credential,
    long cap,
    Routing routing) {}
