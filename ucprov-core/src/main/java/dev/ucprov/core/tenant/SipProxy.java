package dev.ucprov.core.tenant;

import java.util.Optional;

/**
 * A tenant's outbound proxy or registrar: NOTIFYs to its devices that have no target of their own
 * go there, addressed {@code sip:user@domain}, and reach phones behind NAT through their
 * registration.
 *
 * @param proxy {@code sip:HOST[:PORT]} (checked by the operator layer)
 * @param transport {@code udp}, {@code tcp} or {@code tls}; empty for UDP ({@code sips:} means TLS)
 * @param domain the Request-URI's domain; empty for the proxy's host
 */
public record SipProxy(String proxy, Optional<String> transport, Optional<String> domain) {

  public SipProxy {
    if (proxy == null || proxy.isBlank()) {
      throw new IllegalArgumentException("a SIP proxy needs an address");
    }
  }
}
