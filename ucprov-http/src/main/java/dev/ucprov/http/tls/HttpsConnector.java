package dev.ucprov.http.tls;

import java.util.List;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * A Jetty connector speaking HTTP/1.1 over TLS with {@link TlsContext}'s material and this policy:
 * TLS 1.2 and 1.3 only (RFC 8996 deprecates 1.0 and 1.1); for 1.2, only ephemeral ECDH key exchange
 * with AEAD ciphers (forward secrecy, no CBC), per the recommendations of RFC 9325 section 4.2; no
 * renegotiation; no SNI required and no check of SNI against the Host header, since phones are
 * often given the server's IP address.
 */
public final class HttpsConnector {

  static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  static final List<String> CIPHER_SUITES =
      List.of(
          // TLS 1.3 (RFC 8446): every suite it defines for general use is AEAD.
          "TLS_AES_256_GCM_SHA384",
          "TLS_AES_128_GCM_SHA256",
          "TLS_CHACHA20_POLY1305_SHA256",
          // TLS 1.2
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

  private HttpsConnector() {}

  /**
   * @param http the phone listener's HTTP settings, copied and given the secure customizer
   * @param selectors network threads of the listener, or -1 for Jetty's default
   */
  public static ServerConnector create(
      Server server, TlsListener listener, HttpConfiguration http, String name, int selectors) {
    HttpConfiguration https = new HttpConfiguration(http);
    https.setSecureScheme("https");
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    secure.setSniRequired(false);
    secure.setSniHostCheck(false);
    https.addCustomizer(secure);
    ServerConnector connector =
        new ServerConnector(
            server,
            -1,
            selectors,
            new SslConnectionFactory(sslFactory(listener.tls()), HttpVersion.HTTP_1_1.asString()),
            new HttpConnectionFactory(https));
    connector.setName(name);
    connector.setHost(listener.address().host());
    connector.setPort(listener.address().port());
    return connector;
  }

  static SslContextFactory.Server sslFactory(TlsContext tls) {
    SslContextFactory.Server factory = new SslContextFactory.Server();
    factory.setSslContext(tls.context());
    factory.setIncludeProtocols(PROTOCOLS.toArray(String[]::new));
    // Jetty reads each entry as a regular expression; these names hold no special character.
    factory.setIncludeCipherSuites(CIPHER_SUITES.toArray(String[]::new));
    factory.setUseCipherSuitesOrder(true);
    factory.setRenegotiationAllowed(false);
    factory.setSniRequired(false);
    // A server does not check its clients' host names: the certificate's CA is what is trusted.
    factory.setEndpointIdentificationAlgorithm(null);
    switch (tls.clientAuth()) {
      case NONE -> {}
      case WANT -> factory.setWantClientAuth(true);
      case NEED -> factory.setNeedClientAuth(true);
    }
    return factory;
  }
}
