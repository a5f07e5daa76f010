package dev.ucprov.http.tls;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code BEGIN CERTIFICATE} blocks of a PEM file, in file order; other blocks (a private key in
 * a combined file) are skipped.
 */
final class PemCertificates {

  private PemCertificates() {}

  /**
   * @param role what the file should hold, for the message when it holds no certificate
   */
  static List<X509Certificate> read(TlsFile file, String role) {
    List<PemBlock> blocks = PemBlock.read(file);
    List<X509Certificate> certificates = new ArrayList<>();
    CertificateFactory factory = factory();
    for (PemBlock block : blocks) {
      if (block.label().equals("CERTIFICATE")) {
        certificates.add(certificate(file, factory, block));
      }
    }
    if (certificates.isEmpty()) {
      throw file.problem(noCertificate(blocks, role));
    }
    return List.copyOf(certificates);
  }

  private static String noCertificate(List<PemBlock> blocks, String role) {
    String expected = "; expected " + role + " as -----BEGIN CERTIFICATE----- blocks";
    if (blocks.isEmpty()) {
      return "no PEM certificate in it" + expected;
    }
    if (blocks.stream().anyMatch(b -> b.label().endsWith("PRIVATE KEY"))) {
      return "holds a private key but no certificate (is it the key file?)" + expected;
    }
    return "holds no certificate, only "
        + blocks.stream()
            .map(b -> "BEGIN " + b.label())
            .distinct()
            .collect(Collectors.joining(", "))
        + expected;
  }

  private static X509Certificate certificate(
      TlsFile file, CertificateFactory factory, PemBlock block) {
    try {
      return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der()));
    } catch (CertificateException e) {
      throw file.problem(
          "line " + block.line() + ": not a readable X.509 certificate (" + e.getMessage() + ")",
          e);
    }
  }

  private static CertificateFactory factory() {
    try {
      return CertificateFactory.getInstance("X.509");
    } catch (CertificateException e) {
      throw new IllegalStateException("the JDK always has an X.509 certificate factory", e);
    }
  }
}
