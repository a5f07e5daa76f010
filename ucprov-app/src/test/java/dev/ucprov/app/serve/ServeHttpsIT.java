package dev.ucprov.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.tls.OpensslPki;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ucprov serve --https ...} as operators run it: a real process, openssl-made files. */
class ServeHttpsIT {

  private static final String TOKEN = "https-it-token";
  private static final String AGENT =
      "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application";
  private static final String SITE = "<polycomConfig site=\"1\"/>";

  @TempDir static Path tls;
  private static OpensslPki pki;

  @TempDir Path temp;

  @BeforeAll
  static void certificates() {
    pki = OpensslPki.create(tls);
  }

  private List<String> serve(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "serve",
                "--data",
                temp.resolve("data").toString(),
                "--http",
                "127.0.0.1:0",
                "--admin",
                "127.0.0.1:0",
                "--https",
                "127.0.0.1:0"));
    args.addAll(List.of(more));
    return args;
  }

  private static HttpResponse<String> admin(URI admin, String method, String path, String body)
      throws IOException, InterruptedException {
    BodyPublisher publisher =
        body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(
          HttpRequest.newBuilder(admin.resolve(path))
              .header("Authorization", "Bearer " + TOKEN)
              .method(method, publisher)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private static void acme(URI admin) throws Exception {
    assertThat(admin(admin, "PUT", "/api/v1/tenants/acme", "{\"name\":\"Acme\"}").statusCode())
        .isEqualTo(201);
    assertThat(admin(admin, "PUT", "/api/v1/tenants/acme/files/site.cfg", SITE).statusCode())
        .isEqualTo(201);
    assertThat(admin(admin, "PUT", "/api/v1/tenants/acme/devices/0004f2aabbcc", "{}").statusCode())
        .isEqualTo(201);
  }

  /** curl to {@code url} with {@code options}; the exit status and stdout. */
  private static String[] curl(String url, String... options) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("curl", "-sS", "--max-time", "10", "-A", AGENT, "--cacert"));
    command.add(pki.file("ca.pem").toString());
    command.addAll(List.of(options));
    command.add(url);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    return new String[] {Integer.toString(process.exitValue()), out};
  }

  @Test
  void pemFilesAndClientCertificatesServeThePhonesOverHttps() throws Exception {
    try (ServerProcess server =
        ServerProcess.start(
            Map.of("UCPROV_ADMIN_TOKEN", TOKEN),
            serve(
                "--tls-cert", pki.file("server.pem").toString(),
                "--tls-key", pki.file("server-key.pem").toString(),
                "--client-ca", pki.file("ca.pem").toString(),
                "--client-auth", "need"))) {
      Matcher ready = server.awaitReady();
      URI https = ServerProcess.https(ready);
      URI admin = ServerProcess.admin(ready);
      acme(admin);
      String[] phone = {
        "--cert", pki.file("phone.pem").toString(), "--key", pki.file("phone-key.pem").toString()
      };

      assertThat(https.getScheme()).isEqualTo("https");
      assertThat(https.getPort()).isPositive().isNotEqualTo(ServerProcess.phones(ready).getPort());
      assertThat(curl(https.resolve("/acme/site.cfg").toString(), phone))
          .containsExactly("0", SITE);
      assertThat(curl(https.resolve("/acme/0004f2aabbcc.cfg").toString(), phone)[0]).isEqualTo("0");
      String[] anonymous = curl(https.resolve("/acme/site.cfg").toString());
      assertThat(anonymous[0]).isNotEqualTo("0");
      assertThat(anonymous[1]).doesNotContain(SITE);
      // The inventory records the protocol the phone used.
      String device = "";
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!device.contains("\"lastProtocol\":\"https\"") && System.nanoTime() < deadline) {
        Thread.sleep(50);
        device = admin(admin, "GET", "/api/v1/tenants/acme/devices/0004f2aabbcc", null).body();
      }
      assertThat(device).contains("\"lastProtocol\":\"https\"");
      assertThat(server.terminate()).isZero();
    }
  }

  @Test
  void aPkcs12KeystoreWithItsPasswordInTheEnvironmentServesAJdkClient() throws Exception {
    try (ServerProcess server =
        ServerProcess.start(
            Map.of(
                "UCPROV_ADMIN_TOKEN",
                TOKEN,
                "UCPROV_TLS_KEYSTORE_PASSWORD",
                OpensslPki.P12_PASSWORD),
            serve("--tls-keystore", pki.file("server.p12").toString()))) {
      Matcher ready = server.awaitReady();
      acme(ServerProcess.admin(ready));

      try (HttpClient client = HttpClient.newBuilder().sslContext(trusting()).build()) {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(ServerProcess.https(ready).resolve("/acme/site.cfg"))
                    .header("User-Agent", AGENT)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(SITE);
      }
      assertThat(server.terminate()).isZero();
    }
  }

  @Test
  void aKeyThatIsNotTheCertificatesStopsTheStartInOneLine() throws Exception {
    try (ServerProcess server =
        ServerProcess.start(
            Map.of("UCPROV_ADMIN_TOKEN", TOKEN),
            serve(
                "--tls-cert", pki.file("server.pem").toString(),
                "--tls-key", pki.file("phone-key.pem").toString()))) {
      assertThat(server.awaitExit()).isEqualTo(2);
      assertThat(server.stdout()).isEmpty();
      assertThat(server.stderr())
          .isEqualTo(
              "ucprov serve: cannot start HTTPS: --tls-key "
                  + pki.file("phone-key.pem")
                  + ": this key does not belong to the certificate in --tls-cert "
                  + pki.file("server.pem")
                  + " (CN=localhost)\n");
    }
    assertThat(temp.resolve("data/db")).doesNotExist();
  }

  private static SSLContext trusting() throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry(
        "ca",
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pki.file("ca.pem")))));
    TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }
}
