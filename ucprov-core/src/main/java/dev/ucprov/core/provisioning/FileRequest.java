package dev.ucprov.core.provisioning;

import dev.ucprov.core.access.Proof;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.tenant.TenantId;
import java.util.Optional;

/**
 * A phone asking for a file, whatever the protocol. Listeners fill it from the wire and nothing
 * else: deciding the tenant, the device and the answer is the service's job. The one exception is
 * {@code tenant}: a protocol with sessions (FTP) settles the tenant once, at login, by asking the
 * core, and hands that answer back with each request.
 *
 * @param protocol how it asked
 * @param host the host name it addressed (HTTP Host header, lower case, no port), when any
 * @param path the decoded request path, without query, leading slash removed ({@code
 *     acme/0004f2aabbcc.cfg} or {@code 0004f2aabbcc.cfg})
 * @param sourceAddress the client's IP address, without port
 * @param userAgent the User-Agent as sent ({@code ""} when none)
 * @param proof what the client presented to prove who it is ({@link Proof#none()} when nothing)
 * @param tenant the tenant a login settled; then {@code path} is the file within it, whatever the
 *     host and source
 */
public record FileRequest(
    Protocol protocol,
    Optional<String> host,
    String path,
    String sourceAddress,
    String userAgent,
    Proof proof,
    Optional<TenantId> tenant) {

  /** A request whose tenant the service finds from its host, path or source. */
  public FileRequest(
      Protocol protocol,
      Optional<String> host,
      String path,
      String sourceAddress,
      String userAgent,
      Proof proof) {
    this(protocol, host, path, sourceAddress, userAgent, proof, Optional.empty());
  }
}
