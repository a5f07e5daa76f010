package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.testing.Eventually;
import dev.ucprov.http.tls.ClientAuth;
import dev.ucprov.http.tls.ExternalTool;
import dev.ucprov.http.tls.ServerIdentity;
import dev.ucprov.http.tls.TestCa;
import dev.ucprov.http.tls.TestCa.Issued;
import dev.ucprov.http.tls.TestCa.KeyKind;
import dev.ucprov.http.tls.TlsContext;
import dev.ucprov.http.tls.TlsListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phone listener over HTTPS: the same answers as HTTP, with real TLS clients. */
class HttpsPhoneIT {

  private static final String MASTER = "<master/>\n";
  private static final TestCa CA = TestCa.create("Operator CA");
  private static final TestCa STRANGER = TestCa.create("Stranger CA");
  private static final Issued SERVER = CA.server(KeyKind.EC);
  private static final Issued PHONE = CA.client("CN=0004f2aabbcc");
  private static final Issued FORGED = STRANGER.client("CN=0004f2aabbcc");

  @TempDir static Path files;

  private World world;

  @BeforeAll
  static void pemFiles() {
    TestCa.write(files.resolve("ca.pem"), TestCa.pem(List.of(CA.certificate())));
    TestCa.write(files.resolve("phone.pem"), TestCa.pem(PHONE.chain()));
    TestCa.write(files.resolve("phone-key.pem"), TestCa.traditional(PHONE.keys()));
    TestCa.write(files.resolve("forged.pem"), TestCa.pem(FORGED.chain()));
    TestCa.write(files.resolve("forged-key.pem"), TestCa.pkcs8(FORGED.keys()));
  }

  private void start(ClientAuth mode) throws Exception {
    TlsContext tls =
        TlsContext.of(
            new ServerIdentity(SERVER.keys().getPrivate(), SERVER.chain()),
            mode == ClientAuth.NONE ? List.of() : List.of(CA.certificate()),
            mode);
    world = new World(Optional.of(new TlsListener(ListenAddress.parse("127.0.0.1:0"), tls)));
    world.tenant("acme", "acme.prov.example");
    world.device("acme", "0004f2aabbcc");
    world.file("acme", "000000000000.cfg", MASTER);
    world.template("acme", "[PHONE_MAC_ADDRESS]-lines.cfg", "lines for {{ device.mac }}");
  }

  @AfterEach
  void stop() throws Exception {
    if (world != null) {
      world.close();
    }
  }

  private URI https() {
    return world.servers.httpsUri().orElseThrow();
  }

  private HttpResponse<String> get(SSLContext context, String path, String... headers)
      throws IOException, InterruptedException {
    try (HttpClient client =
        HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build()) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(https().resolve(path)).header("User-Agent", World.AGENT);
      for (int i = 0; i < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  void theSameFilesAreServedOverHttpsAndTheInventorySaysHttps() throws Exception {
    start(ClientAuth.WANT);
    SSLContext anonymous = TestCa.clientContext(CA.certificate(), null);

    HttpResponse<String> master = get(anonymous, "/acme/000000000000.cfg");
    HttpResponse<String> lines = get(anonymous, "/acme/0004f2aabbcc-lines.cfg");

    assertThat(https().getScheme()).isEqualTo("https");
    assertThat(master.statusCode()).isEqualTo(200);
    assertThat(master.body()).isEqualTo(MASTER);
    assertThat(master.headers().firstValue("ETag"))
        .isEqualTo(world.phone("GET", "/acme/000000000000.cfg").headers().firstValue("ETag"));
    assertThat(lines.body()).isEqualTo("lines for 0004f2aabbcc");
    assertThat(get(anonymous, "/acme/nothing.cfg").statusCode()).isEqualTo(404);
    world.phone("GET", "/acme/0004f2aabbcc-lines.cfg");
    // Only requests naming a MAC are sightings: the HTTPS one, then the HTTP one.
    Eventually.until(() -> world.sightings.size() >= 2, Duration.ofSeconds(2));
    assertThat(world.sightings)
        .extracting(sighting -> sighting.request().protocol())
        .containsExactly(Protocol.HTTPS, Protocol.HTTP);
    assertThat(World.text(world.admin("GET", "/metrics", null)))
        .containsPattern("ucprov_requests_total\\{[^}]*protocol=\"https\"[^}]*status=\"200\"");
    assertThat(world.access.await(4))
        .anySatisfy(
            line -> assertThat(line).contains(" acme GET /acme/0004f2aabbcc-lines.cfg 200"));
  }

  @Test
  void theHostNameReachesItsTenantOnAnIpAddressWithoutSni() throws Exception {
    start(ClientAuth.NONE);
    SSLContext anonymous = TestCa.clientContext(CA.certificate(), null);

    // 127.0.0.1 sends no SNI, and the Host header names none of the certificate's names.
    HttpResponse<String> response =
        get(anonymous, "/000000000000.cfg", "Host", "acme.prov.example");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(MASTER);
  }

  @Test
  void needTakesATrustedCertificateAndRefusesNoneOrAForgedOneAtTheHandshake() throws Exception {
    start(ClientAuth.NEED);

    assertThat(get(TestCa.clientContext(CA.certificate(), PHONE), "/acme/000000000000.cfg").body())
        .isEqualTo(MASTER);
    assertThatThrownBy(
            () -> get(TestCa.clientContext(CA.certificate(), null), "/acme/000000000000.cfg"))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () -> get(TestCa.clientContext(CA.certificate(), FORGED), "/acme/000000000000.cfg"))
        .isInstanceOf(IOException.class);
    assertThat(world.access.await(1)).hasSize(1);
  }

  @Test
  void wantLetsAClientWithoutCertificateInButStillRefusesAForgedOne() throws Exception {
    start(ClientAuth.WANT);

    assertThat(get(TestCa.clientContext(CA.certificate(), null), "/acme/000000000000.cfg").body())
        .isEqualTo(MASTER);
    assertThat(get(TestCa.clientContext(CA.certificate(), PHONE), "/acme/000000000000.cfg").body())
        .isEqualTo(MASTER);
    // The JDK client offers only a certificate of a CA the server names, so it would just send
    // none: curl sends the forged one anyway.
    ExternalTool.Result forged =
        ExternalTool.run(
            List.of(
                "curl",
                "-sS",
                "--max-time",
                "10",
                "--cacert",
                files.resolve("ca.pem").toString(),
                "--cert",
                files.resolve("forged.pem").toString(),
                "--key",
                files.resolve("forged-key.pem").toString(),
                https().resolve("/acme/000000000000.cfg").toString()),
            "");
    assertThat(forged.exit()).as(forged.all()).isNotZero();
    assertThat(forged.out()).isEmpty();
  }

  @Test
  void curlWithTheCaAndAClientCertificateGetsTheFileAndWithoutOneIsRefused() throws Exception {
    start(ClientAuth.NEED);
    String url = https().resolve("/acme/000000000000.cfg").toString();
    String ca = files.resolve("ca.pem").toString();

    ExternalTool.Result withCertificate =
        ExternalTool.run(
            List.of(
                "curl",
                "-sS",
                "--max-time",
                "10",
                "--cacert",
                ca,
                "--cert",
                files.resolve("phone.pem").toString(),
                "--key",
                files.resolve("phone-key.pem").toString(),
                "-A",
                World.AGENT,
                url),
            "");
    ExternalTool.Result without =
        ExternalTool.run(List.of("curl", "-sS", "--max-time", "10", "--cacert", ca, url), "");
    ExternalTool.Result forged =
        ExternalTool.run(
            List.of(
                "curl",
                "-sS",
                "--max-time",
                "10",
                "--cacert",
                ca,
                "--cert",
                files.resolve("forged.pem").toString(),
                "--key",
                files.resolve("forged-key.pem").toString(),
                url),
            "");
    ExternalTool.Result byHost =
        ExternalTool.run(
            List.of(
                "curl",
                "-sS",
                "--max-time",
                "10",
                "--cacert",
                ca,
                "--cert",
                files.resolve("phone.pem").toString(),
                "--key",
                files.resolve("phone-key.pem").toString(),
                "-H",
                "Host: acme.prov.example",
                https().resolve("/000000000000.cfg").toString()),
            "");

    // SNI names a host the certificate does not (-k: curl would refuse the certificate itself).
    int port = https().getPort();
    ExternalTool.Result bySniName =
        ExternalTool.run(
            List.of(
                "curl",
                "-sS",
                "-k",
                "--max-time",
                "10",
                "--resolve",
                "acme.prov.example:" + port + ":127.0.0.1",
                "--cert",
                files.resolve("phone.pem").toString(),
                "--key",
                files.resolve("phone-key.pem").toString(),
                "https://acme.prov.example:" + port + "/000000000000.cfg"),
            "");

    assertThat(withCertificate.exit()).as(withCertificate.err()).isZero();
    assertThat(bySniName.out()).as(bySniName.err()).isEqualTo(MASTER);
    assertThat(withCertificate.out()).isEqualTo(MASTER);
    assertThat(byHost.out()).as(byHost.err()).isEqualTo(MASTER);
    assertThat(without.exit()).as(without.all()).isNotZero();
    assertThat(without.out()).isEmpty();
    assertThat(forged.exit()).as(forged.all()).isNotZero();
    assertThat(forged.out()).isEmpty();
  }
}
