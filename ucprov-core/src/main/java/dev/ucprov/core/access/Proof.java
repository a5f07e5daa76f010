package dev.ucprov.core.access;

import java.util.Optional;

/**
 * What a client presented to prove who it is, in a protocol-neutral form. A request may carry a
 * password proof, a client certificate, both or neither.
 *
 * @param password the user name and a check of the secret (HTTP Basic or Digest, FTP login)
 * @param certificate the verified client certificate of the connection (HTTPS, FTPS)
 */
public record Proof(Optional<PasswordProof> password, Optional<CertificateProof> certificate) {

  private static final Proof NONE = new Proof(Optional.empty(), Optional.empty());

  /** Nothing presented. */
  public static Proof none() {
    return NONE;
  }

  public static Proof of(PasswordProof password) {
    return new Proof(Optional.of(password), Optional.empty());
  }

  public static Proof of(CertificateProof certificate) {
    return new Proof(Optional.empty(), Optional.of(certificate));
  }
}
