package dev.ucprov.http.tls;

import java.util.Optional;

/**
 * Where the HTTPS listener's certificate, key and client CAs come from, and whether it asks for
 * client certificates. Only files are named here; {@link TlsContext#load} reads them.
 *
 * @param identity the server's certificate and key
 * @param clientCa the CA certificates that may sign client certificates; required for {@link
 *     ClientAuth#WANT} and {@link ClientAuth#NEED}, refused with {@link ClientAuth#NONE}, where it
 *     would silently do nothing
 */
public record TlsSettings(Identity identity, Optional<TlsFile> clientCa, ClientAuth clientAuth) {

  public TlsSettings {
    if (clientAuth != ClientAuth.NONE && clientCa.isEmpty()) {
      throw new IllegalArgumentException(
          "--client-auth "
              + clientAuth.label()
              + " needs --client-ca FILE, the CA certificates that sign the phones' certificates");
    }
    if (clientAuth == ClientAuth.NONE && clientCa.isPresent()) {
      throw new IllegalArgumentException(
          "--client-ca is not used with --client-auth none; give want or need, or drop"
              + " --client-ca");
    }
  }

  /** The server's certificate and key: two PEM files or one PKCS#12 keystore. */
  public sealed interface Identity {

    /**
     * @param certificate the certificate, then any intermediates, as PEM
     * @param key the unencrypted private key as PEM (PKCS#8, PKCS#1 RSA or SEC1 EC)
     */
    record Pem(TlsFile certificate, TlsFile key) implements Identity {}

    /**
     * @param keystore a PKCS#12 file with one private key entry
     * @param password its password ({@code ""} for none)
     */
    record Pkcs12(TlsFile keystore, String password) implements Identity {
      @Override
      public String toString() {
        return "Pkcs12[keystore=" + keystore + "]";
      }
    }
  }
}
