package dev.ucprov.http.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The loaded TLS material of the HTTPS listener: the JSSE context built from our own key and trust
 * managers, so client certificates are checked against the configured CA certificates and nothing
 * else (not the JDK's cacerts, not the keystore's other entries).
 *
 * @param clientCas the trust anchors for client certificates; empty with {@link ClientAuth#NONE}
 */
public record TlsContext(
    SSLContext context,
    ServerIdentity identity,
    List<X509Certificate> clientCas,
    ClientAuth clientAuth) {

  /** Protects the in-memory keystore the key manager reads; it never leaves this process. */
  private static final char[] IN_MEMORY = "in-memory".toCharArray();

  public TlsContext {
    clientCas = List.copyOf(clientCas);
  }

  /**
   * Reads the files {@code settings} names and builds the context.
   *
   * @throws TlsFileException naming the file and what is wrong with it
   */
  public static TlsContext load(TlsSettings settings) {
    ServerIdentity identity =
        switch (settings.identity()) {
          case TlsSettings.Identity.Pem pem -> ServerIdentity.fromPem(pem.certificate(), pem.key());
          case TlsSettings.Identity.Pkcs12 p12 ->
              Pkcs12Identity.read(p12.keystore(), p12.password());
        };
    List<X509Certificate> cas =
        settings
            .clientCa()
            .map(file -> PemCertificates.read(file, "the CA certificates of the phones"))
            .orElse(List.of());
    return of(identity, cas, settings.clientAuth());
  }

  /** A context from material already in memory. */
  public static TlsContext of(
      ServerIdentity identity, List<X509Certificate> clientCas, ClientAuth clientAuth) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers(identity), trustManagers(clientCas), null);
      return new TlsContext(context, identity, clientCas, clientAuth);
    } catch (GeneralSecurityException e) {
      throw new TlsFileException("cannot build the TLS context: " + e.getMessage(), e);
    }
  }

  private static javax.net.ssl.KeyManager[] keyManagers(ServerIdentity identity)
      throws GeneralSecurityException {
    KeyStore keys = emptyStore();
    keys.setKeyEntry(
        "server", identity.key(), IN_MEMORY, identity.chain().toArray(new Certificate[0]));
    KeyManagerFactory factory = KeyManagerFactory.getInstance("PKIX");
    factory.init(keys, IN_MEMORY);
    return factory.getKeyManagers();
  }

  /**
   * PKIX trust in exactly {@code cas}. With none, no trust manager at all: JSSE then trusts no
   * client certificate, rather than falling back to the JDK's default CAs.
   */
  private static TrustManager[] trustManagers(List<X509Certificate> cas)
      throws GeneralSecurityException {
    if (cas.isEmpty()) {
      return new TrustManager[0];
    }
    KeyStore trusted = emptyStore();
    for (int i = 0; i < cas.size(); i++) {
      trusted.setCertificateEntry("ca-" + i, cas.get(i));
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
    factory.init(trusted);
    return factory.getTrustManagers();
  }

  private static KeyStore emptyStore() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try {
      store.load(null, null);
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException("cannot create an in-memory keystore", e);
    }
    return store;
  }
}
