package dev.ucprov.sim.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the {@link SSLContext} of a phone: the client certificate it presents (a PEM certificate
 * chain with an unencrypted PKCS#8 key, {@code BEGIN PRIVATE KEY}, as openssl 3 writes it; or a
 * PKCS#12 file) and the CAs it trusts for the server (PEM; the JDK's own when none are given).
 * Errors name the file and what is wrong with it.
 */
public final class ClientTls {

  private static final char[] IN_MEMORY = "sim".toCharArray();

  private ClientTls() {}

  /** The identity a phone presents, if any. */
  public sealed interface Identity {
    record None() implements Identity {}

    record Pem(Path certificate, Path key) implements Identity {}

    record Pkcs12(Path file, char[] password) implements Identity {}
  }

  /**
   * @param trusted PEM file of the CAs that may sign the server's certificate; empty for the JDK's
   * @throws IllegalArgumentException naming the file when something cannot be used
   */
  public static SSLContext context(Identity identity, Optional<Path> trusted) {
    try {
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(keyStore(identity), password(identity));
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted.isPresent() ? trustStore(trusted.get()) : null);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private static char[] password(Identity identity) {
    return identity instanceof Identity.Pkcs12 p ? p.password() : IN_MEMORY;
  }

  private static KeyStore keyStore(Identity identity) throws GeneralSecurityException {
    return switch (identity) {
      case Identity.None none -> emptyStore();
      case Identity.Pkcs12 p12 -> {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12.file())) {
          store.load(in, p12.password());
        } catch (IOException e) {
          throw new IllegalArgumentException(
              p12.file() + ": cannot read the PKCS#12 file: " + e.getMessage(), e);
        }
        yield store;
      }
      case Identity.Pem pem -> {
        List<X509Certificate> chain = certificates(pem.certificate());
        if (chain.isEmpty()) {
          throw new IllegalArgumentException(pem.certificate() + ": no certificate in the file");
        }
        KeyStore store = emptyStore();
        store.setKeyEntry(
            "phone",
            privateKey(pem.key(), chain.getFirst()),
            IN_MEMORY,
            chain.toArray(Certificate[]::new));
        yield store;
      }
    };
  }

  private static KeyStore trustStore(Path file) throws GeneralSecurityException {
    KeyStore store = emptyStore();
    List<X509Certificate> certificates = certificates(file);
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException(file + ": no certificate in the file");
    }
    for (int i = 0; i < certificates.size(); i++) {
      store.setCertificateEntry("ca-" + i, certificates.get(i));
    }
    return store;
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return store;
  }

  private static List<X509Certificate> certificates(Path file) throws GeneralSecurityException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      for (Certificate c : factory.generateCertificates(in)) {
        out.add((X509Certificate) c);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  private static PrivateKey privateKey(Path file, X509Certificate certificate) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
    }
    String begin = "-----BEGIN PRIVATE KEY-----";
    int start = text.indexOf(begin);
    int end = text.indexOf("-----END PRIVATE KEY-----");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          file
              + ": no 'BEGIN PRIVATE KEY' block (unencrypted PKCS#8); convert the key with"
              + " openssl pkey -in KEY -out KEY.pk8.pem");
    }
    byte[] der = Base64.getMimeDecoder().decode(text.substring(start + begin.length(), end));
    String algorithm = certificate.getPublicKey().getAlgorithm();
    try {
      return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          file + ": not a " + algorithm + " key matching " + certificate.getSubjectX500Principal(),
          e);
    }
  }
}
