package dev.ucprov.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.HttpsConfig;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.app.tls.OpensslPki;
import dev.ucprov.http.tls.ClientAuth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What stops an HTTPS start, in-process: each refusal is one {@link StartFailure} line naming the
 * option and file, and nothing is left open.
 */
class HttpsStartIT {

  @TempDir static Path tls;
  private static OpensslPki pki;

  @TempDir Path data;

  @BeforeAll
  static void certificates() {
    pki = OpensslPki.create(tls);
    pki.openssl(
        "pkey",
        "-in",
        pki.file("server-key.pem").toString(),
        "-aes256",
        "-passout",
        "pass:x",
        "-out",
        pki.file("encrypted-key.pem").toString());
  }

  private ServerConfig config(HttpsConfig https) {
    return RunningServer.config(data).withHttps(https);
  }

  private static HttpsConfig pem(String cert, String key, Optional<String> ca) {
    return new HttpsConfig(
        Optional.of(new HostPort("127.0.0.1", 0)),
        Optional.of(pki.file(cert)),
        Optional.of(pki.file(key)),
        Optional.empty(),
        Optional.empty(),
        ca.map(pki::file),
        ca.map(c -> ClientAuth.NEED));
  }

  private String failure(HttpsConfig https) {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() ->
            ProvisioningServer.start(
                    config(https),
                    new AdminToken("t", AdminToken.Origin.ENVIRONMENT),
                    Clock.systemUTC())
                .close());
    assertThat(thrown).isInstanceOf(StartFailure.class);
    assertThat(thrown.getMessage()).doesNotContain("\n");
    return thrown.getMessage();
  }

  @Test
  void theServerStartsWithGoodFilesAndNamesItsHttpsAddress() throws Exception {
    try (ProvisioningServer server =
        ProvisioningServer.start(
            config(pem("server.pem", "server-key.pem", Optional.of("ca.pem"))),
            new AdminToken("t", AdminToken.Origin.ENVIRONMENT),
            Clock.systemUTC())) {
      assertThat(server.httpsUri())
          .hasValueSatisfying(uri -> {
            assertThat(uri.getScheme()).isEqualTo("https");
            assertThat(uri.getPort()).isEqualTo(server.httpsPort().orElseThrow());
          });
    }
  }

  @Test
  void aMissingKeyFile() {
    assertThat(failure(pem("server.pem", "nope.pem", Optional.empty())))
        .isEqualTo("cannot start HTTPS: --tls-key " + pki.file("nope.pem") + ": no such file");
    assertThat(data.resolve("db")).doesNotExist();
  }

  @Test
  void anEncryptedKey() {
    assertThat(failure(pem("server.pem", "encrypted-key.pem", Optional.empty())))
        .startsWith(
            "cannot start HTTPS: --tls-key "
                + pki.file("encrypted-key.pem")
                + ": line 1: the private key is encrypted");
  }

  @Test
  void theKeyAndCertificateSwapped() {
    assertThat(failure(pem("server-key.pem", "server.pem", Optional.empty())))
        .startsWith(
            "cannot start HTTPS: --tls-cert "
                + pki.file("server-key.pem")
                + ": holds a private key but no certificate (is it the key file?)");
  }

  @Test
  void aCaFileWithoutCertificate() throws Exception {
    Files.writeString(pki.file("empty-ca.pem"), "# the device CA goes here\n");

    assertThat(failure(pem("server.pem", "server-key.pem", Optional.of("empty-ca.pem"))))
        .isEqualTo(
            "cannot start HTTPS: --client-ca "
                + pki.file("empty-ca.pem")
                + ": no PEM certificate in it; expected the CA certificates of the phones as"
                + " -----BEGIN CERTIFICATE----- blocks");
  }

  @Test
  void aWrongKeystorePassword() {
    HttpsConfig keystore =
        new HttpsConfig(
            Optional.of(new HostPort("127.0.0.1", 0)),
            Optional.empty(),
            Optional.empty(),
            Optional.of(pki.file("server.p12")),
            Optional.of("wrong"),
            Optional.empty(),
            Optional.empty());

    assertThat(failure(keystore))
        .isEqualTo(
            "cannot start HTTPS: --tls-keystore "
                + pki.file("server.p12")
                + ": wrong keystore password (give it in UCPROV_TLS_KEYSTORE_PASSWORD,"
                + " --tls-keystore-password or the YAML key tls-keystore-password)");
  }

  @Test
  void anHttpsPortInUseNamesEveryListener() throws Exception {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      HttpsConfig https =
          new HttpsConfig(
              Optional.of(new HostPort("127.0.0.1", taken.getLocalPort())),
              Optional.of(pki.file("server.pem")),
              Optional.of(pki.file("server-key.pem")),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());

      assertThat(failure(https))
          .startsWith(
              "cannot listen for phones on 127.0.0.1:0 and 127.0.0.1:"
                  + taken.getLocalPort()
                  + " (HTTPS) and the admin API on 127.0.0.1:0: ");
    }
  }
}
