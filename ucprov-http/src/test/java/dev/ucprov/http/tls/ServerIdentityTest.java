package dev.ucprov.http.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.http.tls.TestCa.Issued;
import dev.ucprov.http.tls.TestCa.KeyKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerIdentityTest {

  private static final TestCa CA = TestCa.create("Test CA");

  @TempDir Path temp;

  private TlsFile cert(String text) {
    return new TlsFile("--tls-cert", TestCa.write(temp.resolve("cert.pem"), text));
  }

  private TlsFile key(String text) {
    return new TlsFile("--tls-key", TestCa.write(temp.resolve("key.pem"), text));
  }

  @Test
  void aChainAndItsKeyAreReadLeafFirst() {
    Issued server = CA.server(KeyKind.RSA);

    ServerIdentity identity =
        ServerIdentity.fromPem(cert(TestCa.pem(server.chain())), key(TestCa.pkcs8(server.keys())));

    assertThat(identity.chain()).containsExactlyElementsOf(server.chain());
    assertThat(identity.certificate()).isEqualTo(server.certificate());
  }

  @Test
  void oneFileMayHoldBothCertificateAndKey() {
    Issued server = CA.server(KeyKind.EC);
    String both = TestCa.traditional(server.keys()) + TestCa.pem(server.chain());
    Path file = TestCa.write(temp.resolve("both.pem"), both);

    ServerIdentity identity =
        ServerIdentity.fromPem(new TlsFile("--tls-cert", file), new TlsFile("--tls-key", file));

    assertThat(identity.certificate()).isEqualTo(server.certificate());
  }

  @Test
  void aKeyOfAnotherCertificateIsRefused() {
    Issued server = CA.server(KeyKind.EC);
    Issued other = CA.server(KeyKind.EC);

    assertThatThrownBy(() ->
            ServerIdentity.fromPem(
                cert(TestCa.pem(server.chain())), key(TestCa.pkcs8(other.keys()))))
        .isInstanceOf(TlsFileException.class)
        .hasMessage(
            "--tls-key "
                + temp.resolve("key.pem")
                + ": this key does not belong to the certificate in --tls-cert "
                + temp.resolve("cert.pem")
                + " (CN=localhost)");
  }

  @Test
  void aKeyOfAnotherKindIsRefused() {
    Issued server = CA.server(KeyKind.EC);

    assertThatThrownBy(() ->
            ServerIdentity.fromPem(
                cert(TestCa.pem(server.chain())), key(TestCa.pkcs8(TestCa.keyPair(KeyKind.RSA)))))
        .hasMessageContaining("this key does not belong to the certificate");
  }

  @Test
  void theKeyGivenAsCertificateIsNamedAsSuch() {
    Issued server = CA.server(KeyKind.EC);

    assertThatThrownBy(() ->
            ServerIdentity.fromPem(
                cert(TestCa.pkcs8(server.keys())), key(TestCa.pkcs8(server.keys()))))
        .hasMessage(
            "--tls-cert "
                + temp.resolve("cert.pem")
                + ": holds a private key but no certificate (is it the key file?); expected the"
                + " server certificate as -----BEGIN CERTIFICATE----- blocks");
  }

  @Test
  void anUnreadableFileIsNamed() throws Exception {
    Issued server = CA.server(KeyKind.EC);
    TlsFile key = key(TestCa.pkcs8(server.keys()));
    Files.setPosixFilePermissions(key.path(), PosixFilePermissions.fromString("---------"));
    // root reads any file whatever its mode: then there is nothing to observe.
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(key.path()));

    assertThatThrownBy(() -> ServerIdentity.fromPem(cert(TestCa.pem(server.chain())), key))
        .hasMessage("--tls-key " + key.path() + ": cannot read it (permission denied)");
  }

  @Test
  void aBrokenCertificateIsRefusedWithItsLine() {
    String broken = "\n\n-----BEGIN CERTIFICATE-----\nMIIBAA==\n-----END CERTIFICATE-----\n";

    assertThatThrownBy(() -> PemCertificates.read(cert(broken), "the server certificate"))
        .hasMessageStartingWith(
            "--tls-cert "
                + temp.resolve("cert.pem")
                + ": line 3: not a readable X.509 certificate");
  }

  @Test
  void aCaFileMayHoldSeveralCertificatesAndMustHoldOne() {
    TestCa other = TestCa.create("Other CA");
    TlsFile cas =
        new TlsFile(
            "--client-ca",
            TestCa.write(
                temp.resolve("ca.pem"),
                "Operator CA\n"
                    + TestCa.pem(List.of(CA.certificate()))
                    + "Device CA\n"
                    + TestCa.pem(List.of(other.certificate()))));

    assertThat(PemCertificates.read(cas, "CA certificates"))
        .containsExactly(CA.certificate(), other.certificate());
    assertThatThrownBy(() ->
            PemCertificates.read(
                new TlsFile("--client-ca", TestCa.write(temp.resolve("empty.pem"), "nothing\n")),
                "the CA certificates of the phones"))
        .hasMessage(
            "--client-ca "
                + temp.resolve("empty.pem")
                + ": no PEM certificate in it; expected the CA certificates of the phones as"
                + " -----BEGIN CERTIFICATE----- blocks");
  }
}
