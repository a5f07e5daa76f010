package dev.ucprov.http.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TlsSettingsTest {

  private static final TlsSettings.Identity PEM =
      new TlsSettings.Identity.Pem(
          new TlsFile("--tls-cert", Path.of("cert.pem")),
          new TlsFile("--tls-key", Path.of("key.pem")));
  private static final Optional<TlsFile> CA =
      Optional.of(new TlsFile("--client-ca", Path.of("ca.pem")));

  @Test
  void clientCertificatesNeedTheCaCertificates() {
    assertThatThrownBy(() -> new TlsSettings(PEM, Optional.empty(), ClientAuth.NEED))
        .hasMessage(
            "--client-auth need needs --client-ca FILE, the CA certificates that sign the phones'"
                + " certificates");
    assertThatThrownBy(() -> new TlsSettings(PEM, Optional.empty(), ClientAuth.WANT))
        .hasMessageStartingWith("--client-auth want needs --client-ca FILE");
  }

  @Test
  void caCertificatesWithoutClientAuthAreRefusedRatherThanIgnored() {
    assertThatThrownBy(() -> new TlsSettings(PEM, CA, ClientAuth.NONE))
        .hasMessage(
            "--client-ca is not used with --client-auth none; give want or need, or drop"
                + " --client-ca");
  }

  @Test
  void theModesAreReadInAnyCaseAndOthersRefused() {
    assertThat(ClientAuth.parse("NEED")).isEqualTo(ClientAuth.NEED);
    assertThat(ClientAuth.parse(" want")).isEqualTo(ClientAuth.WANT);
    assertThat(ClientAuth.parse("none")).isEqualTo(ClientAuth.NONE);
    assertThatThrownBy(() -> ClientAuth.parse("required"))
        .hasMessage("not a client-auth mode: \"required\" (none, want or need)");
  }

  @Test
  void theKeystorePasswordIsNotShown() {
    TlsSettings.Identity p12 =
        new TlsSettings.Identity.Pkcs12(new TlsFile("--tls-keystore", Path.of("s.p12")), "secret");

    assertThat(p12.toString()).doesNotContain("secret");
  }
}
