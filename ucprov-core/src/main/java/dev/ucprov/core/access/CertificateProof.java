package dev.ucprov.core.access;

import dev.ucprov.core.device.MacAddress;
import java.util.Set;

/**
 * A client certificate the TLS layer verified against the configured CA certificates.
 *
 * @param subject the subject distinguished name, for logs and upload records
 * @param macs the MACs found in the subject CN or the subjectAltNames; a non-empty set binds the
 *     connection to those devices
 */
public record CertificateProof(String subject, Set<MacAddress> macs) {

  public CertificateProof {
    macs = Set.copyOf(macs);
  }
}
