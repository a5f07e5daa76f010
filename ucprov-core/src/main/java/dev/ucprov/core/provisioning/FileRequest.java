package dev.ucprov.core.provisioning;

import dev.ucprov.core.access.Proof;
import dev.ucprov.core.device.Protocol;
import java.util.Optional;

/**
 * A phone asking for a file, whatever the protocol. Listeners fill it from the wire and nothing
 * else: deciding the tenant, the device and the answer is the service's job.
 *
 * @param protocol how it asked
 * @param host the host name it addressed (HTTP Host header, lower case, no port), when any
 * @param path the decoded request path, without query, leading slash removed ({@code
 *     acme/0004f2aabbcc.cfg} or {@code 0004f2aabbcc.cfg})
 * @param sourceAddress the client's IP address, without port
 * @param userAgent the User-Agent as sent ({@code ""} when none)
 * @param proof what the client presented to prove who it is ({@link Proof#none()} when nothing)
 */
public record FileRequest(
    Protocol protocol,
    Optional<String> host,
    String path,
    String sourceAddress,
    String userAgent,
    Proof proof) {}
