package dev.ucprov.core.inventory;

import dev.ucprov.core.tenant.Credentials;
import java.util.Optional;

/**
 * How a check-sync NOTIFY reaches one phone, as the operator set it. Every part is optional: a
 * device with none of them is reached at its last seen address, or through its tenant's proxy.
 *
 * @param target where to send the NOTIFY straight to, {@code sip:HOST[:PORT]} (checked by the
 *     operator layer); it wins over the tenant's proxy
 * @param transport {@code udp}, {@code tcp} or {@code tls}; empty for the tenant's, else UDP
 * @param credentials the line's SIP credentials, answering a 401 or 407 challenge
 * @param user the user part of the Request-URI ({@code sip:user@domain}) through a proxy; empty for
 *     the credentials' user name
 */
public record SipSettings(
    Optional<String> target,
    Optional<String> transport,
    Optional<Credentials> credentials,
    Optional<String> user) {

  public static SipSettings none() {
    return new SipSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
