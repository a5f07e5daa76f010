package dev.ucprov.sip;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which certificates a phone may present over TLS (SIP) or HTTPS (Push).
 *
 * @param trustStore a PKCS#12 or JKS file of trusted certificates; empty: the JDK's CA list
 * @param password the trust store's password, if it has one
 * @param verifyHostname whether the certificate must name the host dialled (SIP over TLS only; the
 *     JDK HTTP client always checks it for Push over HTTPS)
 */
public record TrustSettings(
    Optional<Path> trustStore, Optional<String> password, boolean verifyHostname) {

  public static TrustSettings jdkDefaults() {
    return new TrustSettings(Optional.empty(), Optional.empty(), true);
  }

  /** The TLS context trusting exactly these certificates. */
  public SSLContext sslContext() throws IOException, GeneralSecurityException {
    if (trustStore.isEmpty()) {
      return SSLContext.getDefault();
    }
    char[] secret = password.map(String::toCharArray).orElse(null);
    KeyStore store;
    try {
      store = KeyStore.getInstance(trustStore.get().toFile(), secret);
    } catch (IOException | GeneralSecurityException e) {
      throw new IOException(
          "cannot read trust store " + trustStore.get() + ": " + e.getMessage(), e);
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  @Override
  public String toString() {
    return "TrustSettings[" + trustStore.map(Path::toString).orElse("JDK default") + "]";
  }
}
