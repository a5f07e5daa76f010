package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.http.tls.ClientAuth;
import dev.ucprov.http.tls.ExternalTool;
import dev.ucprov.http.tls.ServerIdentity;
import dev.ucprov.http.tls.TestCa;
import dev.ucprov.http.tls.TestCa.Issued;
import dev.ucprov.http.tls.TestCa.KeyKind;
import dev.ucprov.http.tls.TlsContext;
import dev.ucprov.http.tls.TlsListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which TLS versions and TLS 1.2 cipher suites the phones' HTTPS listener accepts, asked with
 * {@code openssl s_client}. The server has an RSA certificate, so static-RSA and DHE suites could
 * be chosen if they were enabled.
 */
class TlsProtocolsIT {

  private static final TestCa CA = TestCa.create("Operator CA");
  private static final Issued SERVER = CA.server(KeyKind.RSA);

  private static World world;

  @BeforeAll
  static void start() throws Exception {
    TlsContext tls =
        TlsContext.of(
            new ServerIdentity(SERVER.keys().getPrivate(), SERVER.chain()),
            List.of(),
            ClientAuth.NONE);
    world = new World(Optional.of(new TlsListener(ListenAddress.parse("127.0.0.1:0"), tls)));
    world.tenant("acme");
    world.file("acme", "000000000000.cfg", "<master/>\n");
  }

  @AfterAll
  static void stop() throws Exception {
    world.close();
  }

  /** {@code openssl s_client} to the listener with {@code options}, sending one GET. */
  private static ExternalTool.Result sClient(String... options) {
    List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-msg", "-ign_eof"));
    command.add("-connect");
    command.add("127.0.0.1:" + world.servers.httpsPort().orElseThrow());
    command.addAll(List.of(options));
    return ExternalTool.run(
        command, "GET /acme/000000000000.cfg HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  }

  @Test
  void tls13IsSpokenAndServes() {
    ExternalTool.Result result = sClient("-tls1_3");

    assertThat(result.out()).contains("New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384");
    assertThat(result.out()).contains("HTTP/1.1 200 OK").contains("<master/>");
  }

  @Test
  void tls12IsSpokenWithAnEphemeralAeadSuite() {
    ExternalTool.Result result = sClient("-tls1_2");

    assertThat(result.out()).contains("New, TLSv1.2, Cipher is ECDHE-RSA-AES256-GCM-SHA384");
    assertThat(result.out()).contains("HTTP/1.1 200 OK");
  }

  /**
   * openssl 3 offers TLS 1.0 and 1.1 only at security level 0; the exchange shows that its
   * ClientHello went out and that the server answered with a protocol_version alert.
   */
  @ParameterizedTest
  @ValueSource(strings = {"-tls1_1", "-tls1"})
  void tls11And10AreRefused(String version) {
    ExternalTool.Result result = sClient(version, "-cipher", "DEFAULT:@SECLEVEL=0");

    assertThat(result.exit()).isNotZero();
    assertThat(result.all()).contains("ClientHello").contains("fatal protocol_version");
    assertThat(result.out()).doesNotContain("HTTP/1.1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AES128-GCM-SHA256", // static RSA key exchange: no forward secrecy
        "DHE-RSA-AES128-GCM-SHA256", // finite-field DH
        "ECDHE-RSA-AES128-SHA", // CBC
        "ECDHE-RSA-AES256-SHA384" // CBC
      })
  void weakTls12SuitesAreRefused(String suite) {
    ExternalTool.Result result = sClient("-tls1_2", "-cipher", suite);

    assertThat(result.exit()).isNotZero();
    assertThat(result.all()).contains("ClientHello").contains("handshake_failure");
    assertThat(result.out()).doesNotContain("HTTP/1.1");
  }
}
