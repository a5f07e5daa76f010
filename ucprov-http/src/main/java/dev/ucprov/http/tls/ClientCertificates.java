package dev.ucprov.http.tls;

import dev.ucprov.core.access.CertificateProof;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * The client certificate of a request's TLS connection as a {@link CertificateProof}. Only a
 * certificate JSSE verified against the configured CAs reaches a request (an unverified one fails
 * the handshake), so its presence is the proof.
 */
public final class ClientCertificates {

  private ClientCertificates() {}

  /** The proof of the connection's client certificate; empty over HTTP or without one. */
  public static Optional<CertificateProof> of(Request request) {
    if (!(request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE)
        instanceof EndPoint.SslSessionData session)) {
      return Optional.empty();
    }
    X509Certificate[] chain = session.peerCertificates();
    if (chain == null || chain.length == 0) {
      return Optional.empty();
    }
    return Optional.of(proof(chain[0]));
  }

  /** The subject and the MACs of a verified client certificate (the chain's first). */
  static CertificateProof proof(X509Certificate certificate) {
    return new CertificateProof(
        certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
        CertificateMacs.of(certificate));
  }
}
