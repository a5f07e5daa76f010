package dev.ucprov.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.app.CliRun;
import dev.ucprov.app.config.ConfigException;
import dev.ucprov.app.config.ConfigFile;
import dev.ucprov.app.config.HostPort;
import dev.ucprov.app.config.HttpsConfig;
import dev.ucprov.app.config.ServerConfig;
import dev.ucprov.http.tls.ClientAuth;
import dev.ucprov.http.tls.TlsFile;
import dev.ucprov.http.tls.TlsSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The HTTPS options and keys: merged like the others, then checked as a whole. */
class HttpsOptionsTest {

  @TempDir Path temp;

  private ServerConfig resolve(String... args) {
    ServerOptionsTest.Holder holder = new ServerOptionsTest.Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.options.resolve(new ConfigFile());
  }

  private static HttpsConfig.Listener listener(ServerConfig config) {
    return config.https().listener().orElseThrow();
  }

  @Test
  void withoutHttpsThereIsNoListener() {
    assertThat(resolve().https().listener()).isEmpty();
  }

  @Test
  void pemFilesAndTheirDefaults() {
    HttpsConfig.Listener listener =
        listener(resolve("--https", "0.0.0.0:8443", "--tls-cert", "c.pem", "--tls-key", "k.pem"));

    assertThat(listener.address()).isEqualTo(new HostPort("0.0.0.0", 8443));
    assertThat(listener.tls().identity())
        .isEqualTo(
            new TlsSettings.Identity.Pem(
                new TlsFile("--tls-cert", Path.of("c.pem")),
                new TlsFile("--tls-key", Path.of("k.pem"))));
    assertThat(listener.tls().clientAuth()).isEqualTo(ClientAuth.NONE);
    assertThat(listener.tls().clientCa()).isEmpty();
  }

  @Test
  void aCaFileMeansWantUnlessTheModeIsGiven() {
    String[] pem = {"--https", "127.0.0.1:0", "--tls-cert", "c.pem", "--tls-key", "k.pem"};

    assertThat(listener(resolve(concat(pem, "--client-ca", "ca.pem"))).tls().clientAuth())
        .isEqualTo(ClientAuth.WANT);
    assertThat(
            listener(resolve(concat(pem, "--client-ca", "ca.pem", "--client-auth", "need")))
                .tls()
                .clientAuth())
        .isEqualTo(ClientAuth.NEED);
  }

  @Test
  void aKeystoreTakesItsPasswordFromTheOptionElseTheEnvironment() {
    ServerConfig given = resolve("--https", "127.0.0.1:0", "--tls-keystore", "s.p12");
    ServerConfig withOption =
        resolve(
            "--https",
            "127.0.0.1:0",
            "--tls-keystore",
            "s.p12",
            "--tls-keystore-password",
            "from-option");

    assertThat(listener(given).tls().identity())
        .isEqualTo(
            new TlsSettings.Identity.Pkcs12(new TlsFile("--tls-keystore", Path.of("s.p12")), ""));
    assertThat(given.https().orPassword(Optional.of("from-env")).listener().orElseThrow())
        .extracting(l -> ((TlsSettings.Identity.Pkcs12) l.tls().identity()).password())
        .isEqualTo("from-env");
    assertThat(withOption.https().orPassword(Optional.of("from-env")).listener().orElseThrow())
        .extracting(l -> ((TlsSettings.Identity.Pkcs12) l.tls().identity()).password())
        .isEqualTo("from-option");
    assertThat(withOption.toString()).doesNotContain("from-option");
  }

  @Test
  void optionsThatDoNotGoTogetherAreRefusedInOneLine() {
    assertRefused(
        "--https needs a certificate and its key: --tls-cert FILE and --tls-key FILE (PEM), or"
            + " --tls-keystore FILE (PKCS#12)",
        "--https",
        "127.0.0.1:0");
    assertRefused(
        "--tls-cert needs --tls-key FILE, the certificate's private key",
        "--https",
        "127.0.0.1:0",
        "--tls-cert",
        "c.pem");
    assertRefused(
        "--tls-key needs --tls-cert FILE, the certificate it belongs to",
        "--https",
        "127.0.0.1:0",
        "--tls-key",
        "k.pem");
    assertRefused(
        "give --tls-cert and --tls-key, or --tls-keystore, not both",
        "--https",
        "127.0.0.1:0",
        "--tls-cert",
        "c.pem",
        "--tls-key",
        "k.pem",
        "--tls-keystore",
        "s.p12");
    assertRefused(
        "--tls-cert needs --https HOST:PORT, the listener it is for",
        "--tls-cert",
        "c.pem",
        "--tls-key",
        "k.pem");
    assertRefused(
        "--client-auth need needs --client-ca FILE, the CA certificates that sign the phones'"
            + " certificates",
        "--https",
        "127.0.0.1:0",
        "--tls-keystore",
        "s.p12",
        "--client-auth",
        "need");
    assertRefused(
        "--client-ca is not used with --client-auth none; give want or need, or drop --client-ca",
        "--https",
        "127.0.0.1:0",
        "--tls-keystore",
        "s.p12",
        "--client-ca",
        "ca.pem",
        "--client-auth",
        "none");
  }

  private void assertRefused(String message, String... args) {
    assertThatThrownBy(() -> resolve(args)).isInstanceOf(ConfigException.class).hasMessage(message);
  }

  @Test
  void theCommandExitsTwoWithTheLineBeforeStartingAnything() {
    Path data = temp.resolve("data");

    CliRun run = CliRun.of("serve", "--data", data.toString(), "--https", "127.0.0.1:0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "ucprov serve: --https needs a certificate and its key: --tls-cert FILE and --tls-key"
                + " FILE (PEM), or --tls-keystore FILE (PKCS#12)\n");
    assertThat(data).doesNotExist();
  }

  @Test
  void aBadModeIsAUsageError() {
    CliRun run = CliRun.of("serve", "--client-auth", "always");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("not a client-auth mode: \"always\" (none, want or need)");
  }

  @Test
  void theYamlKeysAreReadWithFilesRelativeToTheYamlFile() throws IOException {
    Path file = temp.resolve("conf/ucprov.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "https: 0.0.0.0:8443\ntls-keystore: tls/server.p12\ntls-keystore-password: pw\n"
            + "client-ca: /etc/ucprov/phones-ca.pem\nclient-auth: NEED\n");

    HttpsConfig.Listener fromFile = listener(resolve("--config", file.toString()));
    HttpsConfig.Listener overridden =
        listener(resolve("--config", file.toString(), "--https", "127.0.0.1:0"));

    assertThat(fromFile.address()).isEqualTo(new HostPort("0.0.0.0", 8443));
    assertThat(fromFile.tls().identity())
        .isEqualTo(
            new TlsSettings.Identity.Pkcs12(
                new TlsFile("--tls-keystore", temp.resolve("conf/tls/server.p12")), "pw"));
    assertThat(fromFile.tls().clientCa())
        .contains(new TlsFile("--client-ca", Path.of("/etc/ucprov/phones-ca.pem")));
    assertThat(fromFile.tls().clientAuth()).isEqualTo(ClientAuth.NEED);
    assertThat(overridden.address()).isEqualTo(new HostPort("127.0.0.1", 0));
    assertThat(overridden.tls()).isEqualTo(fromFile.tls());
  }

  @Test
  void aBadYamlValueNamesItsLineAndKey() throws IOException {
    Path file = temp.resolve("ucprov.yaml");
    Files.writeString(file, "https: 127.0.0.1:0\nclient-auth: sometimes\n");

    assertThatThrownBy(() -> resolve("--config", file.toString()))
        .hasMessage(
            file + ":2: client-auth: not a client-auth mode: \"sometimes\" (none, want or need)");
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
