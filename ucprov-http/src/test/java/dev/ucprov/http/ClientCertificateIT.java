package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.access.CertificateProof;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.http.tls.ClientAuth;
import dev.ucprov.http.tls.ClientCertificates;
import dev.ucprov.http.tls.ServerIdentity;
import dev.ucprov.http.tls.TestCa;
import dev.ucprov.http.tls.TestCa.Issued;
import dev.ucprov.http.tls.TestCa.KeyKind;
import dev.ucprov.http.tls.TlsContext;
import dev.ucprov.http.tls.TlsListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/**
 * What {@link ClientCertificates} reads from a real TLS connection: a handler that answers with the
 * proof it found.
 */
class ClientCertificateIT {

  private static final TestCa CA = TestCa.create("Operator CA");
  private static final Issued SERVER = CA.server(KeyKind.RSA);

  /** Answers {@code subject|mac,mac} or {@code none}. */
  private static final Handler PROBE =
      new Handler.Abstract() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
          String text =
              ClientCertificates.of(request).map(ClientCertificateIT::describe).orElse("none");
          response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
          return true;
        }
      };

  private static String describe(CertificateProof proof) {
    return proof.subject()
        + "|"
        + proof.macs().stream().map(MacAddress::value).sorted().collect(Collectors.joining(","));
  }

  private static HttpServers start(ClientAuth mode) throws Exception {
    TlsContext tls =
        TlsContext.of(
            new ServerIdentity(SERVER.keys().getPrivate(), SERVER.chain()),
            mode == ClientAuth.NONE ? List.of() : List.of(CA.certificate()),
            mode);
    return HttpServers.start(
        ListenAddress.parse("127.0.0.1:0"),
        ListenAddress.parse("127.0.0.1:0"),
        PROBE,
        PROBE,
        Optional.of(new TlsListener(ListenAddress.parse("127.0.0.1:0"), tls)));
  }

  private static String get(URI uri, Issued client) throws Exception {
    SSLContext context = TestCa.clientContext(CA.certificate(), client);
    try (HttpClient http = HttpClient.newBuilder().sslContext(context).build()) {
      return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
          .body();
    }
  }

  @Test
  void theMacsOfTheCertificateReachTheRequest() throws Exception {
    Issued phone = CA.client("O=Polycom,CN=0004F2AABBCC", "urn:dev:mac:00-04-f2-11-22-33");
    try (HttpServers servers = start(ClientAuth.NEED)) {
      URI https = servers.httpsUri().orElseThrow();

      assertThat(get(https, phone))
          .isEqualTo("CN=0004F2AABBCC,O=Polycom|0004f2112233,0004f2aabbcc");
      assertThat(get(servers.phoneUri(), phone)).isEqualTo("none");
    }
  }

  @Test
  void aCertificateWithoutMacIsAProofBoundToNoDevice() throws Exception {
    try (HttpServers servers = start(ClientAuth.WANT)) {
      URI https = servers.httpsUri().orElseThrow();

      assertThat(get(https, CA.client("CN=provisioning robot")))
          .isEqualTo("CN=provisioning robot|");
      assertThat(get(https, null)).isEqualTo("none");
    }
  }

  @Test
  void withClientAuthNoneNoCertificateIsAskedFor() throws Exception {
    try (HttpServers servers = start(ClientAuth.NONE)) {
      assertThat(get(servers.httpsUri().orElseThrow(), CA.client("CN=0004f2aabbcc")))
          .isEqualTo("none");
      assertThat(servers.httpsPort()).hasValueSatisfying(port -> assertThat(port).isPositive());
    }
  }
}
