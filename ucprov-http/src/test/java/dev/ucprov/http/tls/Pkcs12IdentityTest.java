package dev.ucprov.http.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.http.tls.TestCa.Issued;
import dev.ucprov.http.tls.TestCa.KeyKind;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12IdentityTest {

  private static final TestCa CA = TestCa.create("Test CA");

  @TempDir Path temp;

  private TlsFile keystore() {
    return new TlsFile("--tls-keystore", temp.resolve("server.p12"));
  }

  @Test
  void theKeyEntryAndItsChainAreRead() {
    Issued server = CA.server(KeyKind.RSA);
    TestCa.pkcs12(keystore().path(), server, "changeit");

    ServerIdentity identity = Pkcs12Identity.read(keystore(), "changeit");

    assertThat(identity.chain()).containsExactlyElementsOf(server.chain());
    assertThat(ServerIdentity.belongs(identity.key(), server.keys().getPublic())).isTrue();
  }

  @Test
  void aWrongPasswordSaysWhereToGiveIt() {
    TestCa.pkcs12(keystore().path(), CA.server(KeyKind.EC), "changeit");

    assertThatThrownBy(() -> Pkcs12Identity.read(keystore(), "wrong"))
        .isInstanceOf(TlsFileException.class)
        .hasMessage(
            keystore()
                + ": wrong keystore password (give it in UCPROV_TLS_KEYSTORE_PASSWORD,"
                + " --tls-keystore-password or the YAML key tls-keystore-password)");
  }

  @Test
  void aPemFileIsNotAKeystore() {
    Issued server = CA.server(KeyKind.EC);
    TestCa.write(keystore().path(), TestCa.pem(server.chain()));

    assertThatThrownBy(() -> Pkcs12Identity.read(keystore(), ""))
        .hasMessageStartingWith(keystore() + ": not a PKCS#12 keystore (");
  }

  @Test
  void aKeystoreOfCertificatesOnlyOrOfTwoKeysIsRefused() throws Exception {
    Issued one = CA.server(KeyKind.EC);
    Issued two = CA.server(KeyKind.EC);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("ca", CA.certificate());
    save(store);

    assertThatThrownBy(() -> Pkcs12Identity.read(keystore(), "pw"))
        .hasMessage(keystore() + ": holds no private key entry, only certificates");

    store.setKeyEntry(
        "one",
        one.keys().getPrivate(),
        "pw".toCharArray(),
        one.chain().toArray(Certificate[]::new));
    store.setKeyEntry(
        "two",
        two.keys().getPrivate(),
        "pw".toCharArray(),
        two.chain().toArray(Certificate[]::new));
    save(store);

    assertThatThrownBy(() -> Pkcs12Identity.read(keystore(), "pw"))
        .hasMessageMatching(".*: holds 2 private keys \\((one, two|two, one)\\); keep one");
  }

  @Test
  void aMissingKeystoreIsNamed() {
    assertThatThrownBy(() -> Pkcs12Identity.read(keystore(), ""))
        .hasMessage(keystore() + ": no such file");
  }

  private void save(KeyStore store) throws Exception {
    try (OutputStream out = Files.newOutputStream(keystore().path())) {
      store.store(out, "pw".toCharArray());
    }
  }
}
