package dev.ucprov.http.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * A throwaway certificate authority made at test run time: it issues server and client certificates
 * and writes keys and certificates in the file forms operators have.
 */
public final class TestCa {

  /** The kinds of key a certificate is issued for. */
  public enum KeyKind {
    RSA,
    EC
  }

  /** An issued certificate with its key; {@code chain} is the certificate, then the CA's. */
  public record Issued(KeyPair keys, X509Certificate certificate, List<X509Certificate> chain) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

  private final KeyPair keys;
  private final X509Certificate certificate;
  private final X500Name name;

  private TestCa(KeyPair keys, X509Certificate certificate, X500Name name) {
    this.keys = keys;
    this.certificate = certificate;
    this.name = name;
  }

  /** A self-signed EC CA named {@code CN=<cn>}. */
  public static TestCa create(String cn) {
    KeyPair keys = keyPair(KeyKind.EC);
    X500Name name = new X500Name("CN=" + cn);
    X509v3CertificateBuilder builder = builder(name, name, keys, Duration.ofDays(2));
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TestCa(keys, sign(builder, keys), name);
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** A server certificate for {@code localhost} and {@code 127.0.0.1}. */
  public Issued server(KeyKind kind) {
    return issue(
        "CN=localhost",
        kind,
        KeyPurposeId.id_kp_serverAuth,
        List.of(
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
  }

  /**
   * A client certificate.
   *
   * @param subject the subject DN, {@code CN=0004f2aabbcc}
   * @param altNames subjectAltName dNSNames, {@code urn:} values go in as URIs
   */
  public Issued client(String subject, String... altNames) {
    List<GeneralName> names = new ArrayList<>();
    for (String altName : altNames) {
      names.add(
          altName.startsWith("urn:")
              ? new GeneralName(GeneralName.uniformResourceIdentifier, altName)
              : new GeneralName(GeneralName.dNSName, altName));
    }
    return issue(subject, KeyKind.EC, KeyPurposeId.id_kp_clientAuth, names);
  }

  private Issued issue(
      String subject, KeyKind kind, KeyPurposeId purpose, List<GeneralName> altNames) {
    KeyPair issued = keyPair(kind);
    X509v3CertificateBuilder builder =
        builder(name, new X500Name(subject), issued, Duration.ofDays(1));
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
      if (!altNames.isEmpty()) {
        builder.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(altNames.toArray(GeneralName[]::new)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    X509Certificate issuedCertificate = sign(builder, keys);
    return new Issued(issued, issuedCertificate, List.of(issuedCertificate, certificate));
  }

  private static X509v3CertificateBuilder builder(
      X500Name issuer, X500Name subject, KeyPair keys, Duration valid) {
    Instant now = Instant.now();
    return new JcaX509v3CertificateBuilder(
        issuer,
        BigInteger.valueOf(SERIALS.incrementAndGet()),
        Date.from(now.minus(Duration.ofHours(1))),
        Date.from(now.plus(valid)),
        subject,
        keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer) {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair keyPair(KeyKind kind) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(kind.name());
      if (kind == KeyKind.EC) {
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      } else {
        generator.initialize(2048, RANDOM);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- files, in the forms operators have them

  /** The certificates as PEM, in order. */
  public static String pem(List<X509Certificate> certificates) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      for (X509Certificate certificate : certificates) {
        writer.writeObject(certificate);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** {@code BEGIN PRIVATE KEY}: unencrypted PKCS#8. */
  public static String pkcs8(KeyPair keys) {
    try {
      return write(new JcaPKCS8Generator(keys.getPrivate(), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code BEGIN RSA PRIVATE KEY} (PKCS#1) or {@code BEGIN EC PRIVATE KEY} (SEC1 with the curve and
   * the public key, as openssl writes it).
   */
  public static String traditional(KeyPair keys) {
    if (!(keys.getPrivate() instanceof ECPrivateKey ec)) {
      return write(keys.getPrivate());
    }
    try {
      PrivateKeyInfo info = PrivateKeyInfo.getInstance(ec.getEncoded());
      ASN1ObjectIdentifier curve =
          ASN1ObjectIdentifier.getInstance(info.getPrivateKeyAlgorithm().getParameters());
      SubjectPublicKeyInfo publicKey =
          SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
      byte[] sec1 =
          new org.bouncycastle.asn1.sec.ECPrivateKey(
                  256, ec.getS(), publicKey.getPublicKeyData(), curve)
              .getEncoded();
      return write(new PemObject("EC PRIVATE KEY", sec1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code BEGIN EC PRIVATE KEY} without the curve, which then only an EC PARAMETERS block names.
   */
  public static String sec1WithoutCurve(KeyPair keys) {
    return write(keys.getPrivate());
  }

  /** {@code BEGIN ENCRYPTED PRIVATE KEY}: PKCS#8 encrypted with AES-256-CBC. */
  public static String encryptedPkcs8(KeyPair keys, String password) {
    try {
      return write(
          new JcaPKCS8Generator(
              keys.getPrivate(),
              new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                  .setProvider(new BouncyCastleProvider())
                  .setPassword(password.toCharArray())
                  .build()));
    } catch (OperatorCreationException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The traditional form with {@code Proc-Type: 4,ENCRYPTED} headers. */
  public static String encryptedTraditional(KeyPair keys, String password) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(
          keys.getPrivate(),
          new JcePEMEncryptorBuilder("AES-128-CBC")
              .setProvider(new BouncyCastleProvider())
              .build(password.toCharArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String write(Object object) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A PKCS#12 keystore with one key entry, protected by {@code password}. */
  public static void pkcs12(Path file, Issued issued, String password) {
    try (OutputStream out = Files.newOutputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "server",
          issued.keys().getPrivate(),
          password.toCharArray(),
          issued.chain().toArray(Certificate[]::new));
      store.store(out, password.toCharArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code text} to {@code file} and returns the file. */
  public static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- clients

  /**
   * A client TLS context trusting {@code trusted} and, when {@code client} is given, presenting it.
   */
  public static SSLContext clientContext(X509Certificate trusted, Issued client) {
    try {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("ca", trusted);
      TrustManagerFactory trustFactory = TrustManagerFactory.getInstance("PKIX");
      trustFactory.init(trust);
      KeyManagerFactory keyFactory = KeyManagerFactory.getInstance("PKIX");
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      if (client != null) {
        keys.setKeyEntry(
            "client",
            client.keys().getPrivate(),
            "x".toCharArray(),
            client.chain().toArray(Certificate[]::new));
      }
      keyFactory.init(keys, "x".toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyFactory.getKeyManagers(), trustFactory.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
