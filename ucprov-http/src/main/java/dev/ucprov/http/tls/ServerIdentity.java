package dev.ucprov.http.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What the HTTPS listener presents: its private key and its certificate chain, leaf first, the key
 * checked to belong to the leaf.
 *
 * @param key an RSA or EC private key
 * @param chain the server certificate, then any intermediates
 */
public record ServerIdentity(PrivateKey key, List<X509Certificate> chain) {

  private static final byte[] CHALLENGE =
      "ucprov: does this key belong to this certificate?".getBytes(StandardCharsets.US_ASCII);

  public ServerIdentity {
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a server identity needs its certificate");
    }
  }

  public X509Certificate certificate() {
    return chain.getFirst();
  }

  /** The key of {@code key} and the chain of {@code certificates}, refused when they differ. */
  static ServerIdentity fromPem(TlsFile certificates, TlsFile key) {
    List<X509Certificate> chain = PemCertificates.read(certificates, "the server certificate");
    PrivateKey privateKey = PemPrivateKey.read(key);
    if (!belongs(privateKey, chain.getFirst().getPublicKey())) {
      throw key.problem(
          "this key does not belong to the certificate in "
              + certificates
              + " ("
              + chain.getFirst().getSubjectX500Principal().getName()
              + ")");
    }
    return new ServerIdentity(privateKey, chain);
  }

  /**
   * Whether {@code key} made a signature that {@code publicKey} verifies: a check that works alike
   * for RSA and EC without comparing key internals.
   */
  static boolean belongs(PrivateKey key, PublicKey publicKey) {
    if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
      return false;
    }
    String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    try {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(CHALLENGE);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(CHALLENGE);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
