package dev.ucprov.app.fleet;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A device CA made for one test run (BouncyCastle, EC P-256): the server's certificate for {@code
 * 127.0.0.1} as PEM files the server is configured with, and a factory-style certificate per phone
 * ({@code CN=<MAC>}) as the TLS context that phone presents.
 */
final class FleetPki {

  private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

  private final KeyPair caKeys = keys();
  private final X500Name caName = new X500Name("CN=ucprov fleet test CA");
  private final X509Certificate ca;

  FleetPki() {
    X509v3CertificateBuilder builder = builder(caName, caKeys);
    extend(builder, Extension.basicConstraints, true, new BasicConstraints(true));
    extend(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign));
    ca = sign(builder);
  }

  /**
   * The server's files: {@code server.pem}, {@code server-key.pem} and the CA in {@code ca.pem}.
   */
  record ServerFiles(Path certificate, Path key, Path ca) {}

  ServerFiles serverFiles(Path directory) {
    KeyPair keys = keys();
    X509v3CertificateBuilder builder = builder(new X500Name("CN=127.0.0.1"), keys);
    leaf(builder, KeyPurposeId.id_kp_serverAuth);
    extend(
        builder,
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
    X509Certificate certificate = sign(builder);
    return new ServerFiles(
        write(directory.resolve("server.pem"), pem(certificate, ca)),
        write(directory.resolve("server-key.pem"), pem(pkcs8(keys))),
        write(directory.resolve("ca.pem"), pem(ca)));
  }

  /** What the phone {@code mac} presents ({@code CN=<mac>}, signed by the CA), trusting the CA. */
  SSLContext phone(String mac) {
    KeyPair keys = keys();
    X509v3CertificateBuilder builder = builder(new X500Name("CN=" + mac), keys);
    leaf(builder, KeyPurposeId.id_kp_clientAuth);
    X509Certificate certificate = sign(builder);
    try {
      KeyStore identity = KeyStore.getInstance("PKCS12");
      identity.load(null, null);
      char[] password = "phone".toCharArray();
      identity.setKeyEntry(
          "phone", keys.getPrivate(), password, new Certificate[] {certificate, ca});
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
      keyManagers.init(identity, password);
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      trusted.setCertificateEntry("ca", ca);
      TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private X509v3CertificateBuilder builder(X500Name subject, KeyPair keys) {
    Instant now = Instant.now();
    return new JcaX509v3CertificateBuilder(
        caName,
        BigInteger.valueOf(SERIALS.incrementAndGet()),
        Date.from(now.minus(Duration.ofHours(1))),
        Date.from(now.plus(Duration.ofDays(1))),
        subject,
        keys.getPublic());
  }

  private static void leaf(X509v3CertificateBuilder builder, KeyPurposeId purpose) {
    extend(builder, Extension.basicConstraints, true, new BasicConstraints(false));
    extend(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    extend(builder, Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
  }

  private static void extend(
      X509v3CertificateBuilder builder,
      org.bouncycastle.asn1.ASN1ObjectIdentifier oid,
      boolean critical,
      org.bouncycastle.asn1.ASN1Encodable value) {
    try {
      builder.addExtension(oid, critical, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private X509Certificate sign(X509v3CertificateBuilder builder) {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code BEGIN PRIVATE KEY}: what the server reads. */
  private static JcaPKCS8Generator pkcs8(KeyPair keys) {
    try {
      return new JcaPKCS8Generator(keys.getPrivate(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pem(Object... objects) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      for (Object object : objects) {
        writer.writeObject(object);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
