package dev.ucprov.http.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.http.tls.TestCa.KeyKind;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PemPrivateKeyTest {

  @TempDir Path temp;

  private TlsFile key(String text) {
    return new TlsFile("--tls-key", TestCa.write(temp.resolve("key.pem"), text));
  }

  private String where() {
    return "--tls-key " + temp.resolve("key.pem") + ": ";
  }

  @ParameterizedTest
  @EnumSource(KeyKind.class)
  void pkcs8IsRead(KeyKind kind) {
    KeyPair keys = TestCa.keyPair(kind);
    String pem = TestCa.pkcs8(keys);
    assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----");

    PrivateKey read = PemPrivateKey.read(key(pem));

    assertThat(read.getAlgorithm()).isEqualTo(kind.name());
    assertThat(ServerIdentity.belongs(read, keys.getPublic())).isTrue();
  }

  @Test
  void pkcs1RsaIsRead() {
    KeyPair keys = TestCa.keyPair(KeyKind.RSA);
    String pem = TestCa.traditional(keys);
    assertThat(pem).startsWith("-----BEGIN RSA PRIVATE KEY-----");

    PrivateKey read = PemPrivateKey.read(key(pem));

    assertThat(read.getAlgorithm()).isEqualTo("RSA");
    assertThat(ServerIdentity.belongs(read, keys.getPublic())).isTrue();
  }

  @Test
  void sec1EcIsReadEvenAfterAnEcParametersBlockAndOtherText() {
    KeyPair keys = TestCa.keyPair(KeyKind.EC);
    String pem = TestCa.traditional(keys);
    assertThat(pem).startsWith("-----BEGIN EC PRIVATE KEY-----");
    String file =
        "a comment\n-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n"
            + pem.replace("\n", "\r\n");

    PrivateKey read = PemPrivateKey.read(key(file));

    assertThat(read.getAlgorithm()).isEqualTo("EC");
    assertThat(ServerIdentity.belongs(read, keys.getPublic())).isTrue();
  }

  @Test
  void sec1WithoutItsCurveTakesItFromTheEcParametersBlockOrIsRefused() {
    KeyPair keys = TestCa.keyPair(KeyKind.EC);
    String bare = TestCa.sec1WithoutCurve(keys);
    String parameters =
        "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n";

    assertThat(ServerIdentity.belongs(PemPrivateKey.read(key(parameters + bare)), keys.getPublic()))
        .isTrue();
    assertThatThrownBy(() -> PemPrivateKey.read(key(bare)))
        .hasMessage(where() + "line 1: the EC private key does not name its curve");
  }

  @Test
  void anEncryptedPkcs8KeyIsRefusedSayingWhatToDo() {
    String pem = TestCa.encryptedPkcs8(TestCa.keyPair(KeyKind.EC), "secret");
    assertThat(pem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");

    assertThatThrownBy(() -> PemPrivateKey.read(key(pem)))
        .isInstanceOf(TlsFileException.class)
        .hasMessageStartingWith(where() + "line 1: the private key is encrypted")
        .hasMessageContaining("openssl pkey -in KEY -out PLAIN.pem")
        .hasMessageContaining("UCPROV_TLS_KEYSTORE_PASSWORD");
  }

  @Test
  void anEncryptedTraditionalKeyIsRefused() {
    String pem = TestCa.encryptedTraditional(TestCa.keyPair(KeyKind.RSA), "secret");
    assertThat(pem).contains("Proc-Type: 4,ENCRYPTED");

    assertThatThrownBy(() -> PemPrivateKey.read(key(pem)))
        .hasMessageStartingWith(where() + "line 1: the private key is encrypted");
  }

  @Test
  void aCertificateGivenAsTheKeyIsNamedAsSuch() {
    TestCa ca = TestCa.create("Test CA");

    assertThatThrownBy(
            () -> PemPrivateKey.read(key(TestCa.pem(java.util.List.of(ca.certificate())))))
        .hasMessage(
            where() + "holds a certificate but no private key (is it the certificate file?)");
  }

  @Test
  void aFileWithoutPemIsRefused() {
    assertThatThrownBy(() -> PemPrivateKey.read(key("")))
        .hasMessage(
            where() + "no PEM private key in it (expected a -----BEGIN PRIVATE KEY----- block)");
  }

  @Test
  void anotherKeyFormIsRefusedWithItsLabel() {
    String ssh =
        "\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
            + "-----END OPENSSH PRIVATE KEY-----\n";

    assertThatThrownBy(() -> PemPrivateKey.read(key(ssh)))
        .hasMessageStartingWith(
            where() + "line 2: BEGIN OPENSSH PRIVATE KEY is not a key form ucprov reads");
  }

  @Test
  void twoKeysAreRefused() {
    String two =
        TestCa.pkcs8(TestCa.keyPair(KeyKind.EC)) + TestCa.pkcs8(TestCa.keyPair(KeyKind.EC));

    assertThatThrownBy(() -> PemPrivateKey.read(key(two)))
        .hasMessageStartingWith(where() + "holds 2 private keys (lines 1, ");
  }

  @Test
  void brokenBase64AMissingEndAndGarbageDerAreRefusedWithTheirLine() {
    assertThatThrownBy(() ->
            PemPrivateKey.read(
                key("x\n-----BEGIN PRIVATE KEY-----\nno*base64\n-----END PRIVATE KEY-----\n")))
        .hasMessage(where() + "line 2: the PRIVATE KEY block is not valid base64");
    assertThatThrownBy(() -> PemPrivateKey.read(key("-----BEGIN PRIVATE KEY-----\nAAAA\n")))
        .hasMessage(where() + "line 1: BEGIN PRIVATE KEY has no matching END line");
    assertThatThrownBy(() ->
            PemPrivateKey.read(
                key("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n")))
        .hasMessageStartingWith(
            where() + "line 1: the BEGIN RSA PRIVATE KEY block is not a readable key");
  }

  @Test
  void anEd25519KeyIsRefusedAsNeitherRsaNorEc() throws Exception {
    KeyPair keys = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";

    assertThatThrownBy(() -> PemPrivateKey.read(key(pem)))
        .hasMessage(where() + "line 1: the key is neither RSA nor EC, the two kinds phones accept");
  }

  @Test
  void aMissingFileIsNamed() {
    TlsFile missing = new TlsFile("--tls-key", temp.resolve("nope.pem"));

    assertThatThrownBy(() -> PemPrivateKey.read(missing))
        .hasMessage("--tls-key " + temp.resolve("nope.pem") + ": no such file");
  }
}
