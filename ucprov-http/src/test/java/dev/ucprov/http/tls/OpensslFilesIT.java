package dev.ucprov.http.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The key, certificate and keystore files as the openssl command line writes them. */
class OpensslFilesIT {

  @TempDir static Path dir;

  private static void openssl(String... arguments) {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(arguments));
    ExternalTool.Result result = ExternalTool.run(command, "");
    assertThat(result.exit()).as(String.join(" ", command) + "\n" + result.err()).isZero();
  }

  private static String path(String name) {
    return dir.resolve(name).toString();
  }

  /** A self-signed certificate for the key in {@code key}, in {@code cert}. */
  private static void certify(String key, String cert) {
    openssl(
        "req",
        "-x509",
        "-new",
        "-key",
        path(key),
        "-subj",
        "/CN=localhost",
        "-days",
        "1",
        "-out",
        path(cert));
  }

  @BeforeAll
  static void files() {
    openssl(
        "genpkey",
        "-algorithm",
        "RSA",
        "-pkeyopt",
        "rsa_keygen_bits:2048",
        "-out",
        path("pkcs8-rsa.pem"));
    openssl(
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:P-384",
        "-out",
        path("pkcs8-ec.pem"));
    openssl("rsa", "-in", path("pkcs8-rsa.pem"), "-traditional", "-out", path("pkcs1.pem"));
    openssl("ecparam", "-name", "prime256v1", "-genkey", "-out", path("sec1.pem"));
    for (String key : List.of("pkcs8-rsa", "pkcs8-ec", "pkcs1", "sec1")) {
      certify(key + ".pem", key + "-cert.pem");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "pkcs8-rsa, BEGIN PRIVATE KEY, RSA",
    "pkcs8-ec, BEGIN PRIVATE KEY, EC",
    "pkcs1, BEGIN RSA PRIVATE KEY, RSA",
    "sec1, BEGIN EC PARAMETERS, EC"
  })
  void eachKeyFormIsReadAndMatchesItsCertificate(String name, String firstLine, String algorithm)
      throws Exception {
    assertThat(Files.readString(dir.resolve(name + ".pem"))).contains("-----" + firstLine);

    ServerIdentity identity =
        ServerIdentity.fromPem(
            new TlsFile("--tls-cert", dir.resolve(name + "-cert.pem")),
            new TlsFile("--tls-key", dir.resolve(name + ".pem")));

    assertThat(identity.key().getAlgorithm()).isEqualTo(algorithm);
    assertThat(identity.certificate().getSubjectX500Principal().getName())
        .isEqualTo("CN=localhost");
  }

  @Test
  void anEncryptedKeyAndExplicitCurveParametersAreRefused() {
    openssl(
        "pkcs8",
        "-topk8",
        "-v2",
        "aes-256-cbc",
        "-in",
        path("pkcs8-rsa.pem"),
        "-passout",
        "pass:secret",
        "-out",
        path("encrypted.pem"));
    openssl("ec", "-in", path("sec1.pem"), "-param_enc", "explicit", "-out", path("explicit.pem"));

    assertThatThrownBy(
            () -> PemPrivateKey.read(new TlsFile("--tls-key", dir.resolve("encrypted.pem"))))
        .hasMessageContaining(": line 1: the private key is encrypted");
    assertThatThrownBy(
            () -> PemPrivateKey.read(new TlsFile("--tls-key", dir.resolve("explicit.pem"))))
        .hasMessageContaining("explicit curve parameters; use a named curve");
  }

  @Test
  void aKeyOfAnotherCertificateIsRefused() {
    assertThatThrownBy(() ->
            ServerIdentity.fromPem(
                new TlsFile("--tls-cert", dir.resolve("pkcs1-cert.pem")),
                new TlsFile("--tls-key", dir.resolve("pkcs8-ec.pem"))))
        .hasMessageContaining("this key does not belong to the certificate in --tls-cert");
  }

  @ParameterizedTest
  @CsvSource({"secret", "''"})
  void aPkcs12KeystoreFromOpensslIsRead(String password) {
    String file = "server-" + password.length() + ".p12";
    openssl(
        "pkcs12",
        "-export",
        "-inkey",
        path("sec1.pem"),
        "-in",
        path("sec1-cert.pem"),
        "-passout",
        "pass:" + password,
        "-out",
        path(file));

    ServerIdentity identity =
        Pkcs12Identity.read(new TlsFile("--tls-keystore", dir.resolve(file)), password);

    assertThat(identity.key().getAlgorithm()).isEqualTo("EC");
    assertThat(identity.certificate().getSubjectX500Principal().getName())
        .isEqualTo("CN=localhost");
  }
}
