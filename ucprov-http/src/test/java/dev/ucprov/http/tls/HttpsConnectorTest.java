package dev.ucprov.http.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.http.tls.TestCa.Issued;
import dev.ucprov.http.tls.TestCa.KeyKind;
import java.util.List;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.Test;

class HttpsConnectorTest {

  private static final TestCa CA = TestCa.create("Test CA");
  private static final Issued SERVER = CA.server(KeyKind.EC);

  private static SslContextFactory.Server started(ClientAuth mode) throws Exception {
    Issued server = SERVER;
    SslContextFactory.Server factory =
        HttpsConnector.sslFactory(
            TlsContext.of(
                new ServerIdentity(server.keys().getPrivate(), server.chain()),
                mode == ClientAuth.NONE ? List.of() : List.of(CA.certificate()),
                mode));
    factory.start();
    return factory;
  }

  @Test
  void onlyTls12And13WithAeadAndEphemeralKeysAreEnabled() throws Exception {
    SslContextFactory.Server factory = started(ClientAuth.NONE);
    try {
      assertThat(factory.getSelectedProtocols()).containsExactlyInAnyOrder("TLSv1.3", "TLSv1.2");
      assertThat(factory.getSelectedCipherSuites())
          .containsExactlyInAnyOrderElementsOf(HttpsConnector.CIPHER_SUITES)
          .allSatisfy(suite -> assertThat(suite).containsPattern("_(GCM|POLY1305)_"))
          .noneSatisfy(suite -> assertThat(suite).containsPattern("^TLS_(RSA|DHE)_|_CBC_"));
      assertThat(factory.isRenegotiationAllowed()).isFalse();
      assertThat(factory.isSniRequired()).isFalse();
      assertThat(factory.getEndpointIdentificationAlgorithm()).isNull();
    } finally {
      factory.stop();
    }
  }

  @Test
  void theClientAuthModeIsApplied() throws Exception {
    SslContextFactory.Server need = started(ClientAuth.NEED);
    SslContextFactory.Server want = started(ClientAuth.WANT);
    SslContextFactory.Server none = started(ClientAuth.NONE);
    try {
      assertThat(need.getNeedClientAuth()).isTrue();
      assertThat(want.getWantClientAuth()).isTrue();
      assertThat(want.getNeedClientAuth()).isFalse();
      assertThat(none.getWantClientAuth() || none.getNeedClientAuth()).isFalse();
    } finally {
      need.stop();
      want.stop();
      none.stop();
    }
  }
}
