package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.http.tls.ClientAuth;
import dev.ucprov.http.tls.ExternalTool;
import dev.ucprov.http.tls.ServerIdentity;
import dev.ucprov.http.tls.TestCa;
import dev.ucprov.http.tls.TestCa.Issued;
import dev.ucprov.http.tls.TestCa.KeyKind;
import dev.ucprov.http.tls.TlsContext;
import dev.ucprov.http.tls.TlsListener;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client certificate bearing a MAC binds the connection to that phone, end to end over real TLS:
 * it reads its own MAC-named files and the shared ones, never another MAC's, whatever password
 * comes with it. Without a certificate bearing a MAC of the tenant, passwords decide as over HTTP.
 *
 * <p>Tenant {@code acme} needs boss/tenant-pw; its phone A (0004f2000001) has alice/a1 of its own,
 * phone B (0004f2000002) none. Phone C (0004f2000003) belongs to tenant {@code other}.
 */
class CertificateBindingIT {

  private static final String SHARED = "/acme/site.cfg";
  private static final String FIRMWARE = "/acme/sip.ld";
  private static final String A_FILE = "/acme/0004f2000001.cfg";
  private static final String B_FILE = "/acme/0004f2000002.cfg";
  private static final String TENANT = basic("boss", "tenant-pw");

  private static final TestCa CA = TestCa.create("Operator CA");
  private static final TestCa STRANGER = TestCa.create("Stranger CA");
  private static final Issued SERVER = CA.server(KeyKind.EC);
  private static final Issued A = CA.client("O=Polycom,CN=0004F2000001");
  private static final Issued B = CA.client("CN=VVX 500", "urn:dev:mac:00:04:f2:00:00:02");
  private static final Issued C = CA.client("CN=0004f2000003");
  private static final Issued ROBOT = CA.client("CN=provisioning robot");
  private static final Issued FORGED_A = STRANGER.client("CN=0004f2000001");

  @TempDir static Path files;

  private World world;

  @BeforeAll
  static void pemFiles() {
    TestCa.write(files.resolve("ca.pem"), TestCa.pem(List.of(CA.certificate())));
    TestCa.write(files.resolve("forged.pem"), TestCa.pem(FORGED_A.chain()));
    TestCa.write(files.resolve("forged-key.pem"), TestCa.pkcs8(FORGED_A.keys()));
    TestCa.write(files.resolve("a.pem"), TestCa.pem(A.chain()));
    TestCa.write(files.resolve("a-key.pem"), TestCa.traditional(A.keys()));
  }

  private void start(ClientAuth mode) throws Exception {
    TlsContext tls =
        TlsContext.of(
            new ServerIdentity(SERVER.keys().getPrivate(), SERVER.chain()),
            List.of(CA.certificate()),
            mode);
    world = new World(Optional.of(new TlsListener(ListenAddress.parse("127.0.0.1:0"), tls)));
    world.tenant("acme", "boss", "tenant-pw");
    world.device("acme", "0004f2000001", "alice", "a1");
    world.device("acme", "0004f2000002");
    world.file("acme", "site.cfg", "acme site");
    world.file("acme", "0004f2000001.cfg", "A's");
    world.file("acme", "0004f2000002.cfg", "B's");
    world.shared("sip.ld", "firmware".getBytes(StandardCharsets.US_ASCII));
    world.tenant("other");
    world.device("other", "0004f2000003");
  }

  @AfterEach
  void stop() throws Exception {
    if (world != null) {
      world.close();
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Status and body of a GET over HTTPS as {@code certificate} (null for none). */
  private String get(Issued certificate, String path, String... authorization)
      throws IOException, InterruptedException {
    try (HttpClient client =
        HttpClient.newBuilder()
            .sslContext(TestCa.clientContext(CA.certificate(), certificate))
            .build()) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(world.servers.httpsUri().orElseThrow().resolve(path))
              .header("User-Agent", World.AGENT);
      for (String value : authorization) {
        request.header("Authorization", value);
      }
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() + " " + response.body().strip();
    }
  }

  @Test
  void aCertificateOfMacAReadsAsFilesAndSharedOnesButNotBs() throws Exception {
    start(ClientAuth.NEED);

    assertThat(get(A, A_FILE)).isEqualTo("200 A's");
    assertThat(get(A, SHARED)).isEqualTo("200 acme site");
    assertThat(get(A, FIRMWARE)).isEqualTo("200 firmware");
    assertThat(get(A, B_FILE)).startsWith("403 ");
    // A password, even the tenant's, does not widen what the certificate is bound to.
    assertThat(get(A, B_FILE, TENANT)).startsWith("403 ");
    assertThat(get(A, "/acme/0004f2000002-anything.cfg")).startsWith("403 ");
  }

  @Test
  void aMacInTheSubjectAltNameBindsLikeOneInTheCn() throws Exception {
    start(ClientAuth.NEED);

    assertThat(get(B, B_FILE)).isEqualTo("200 B's");
    assertThat(get(B, SHARED)).isEqualTo("200 acme site");
    assertThat(get(B, A_FILE)).startsWith("403 ");
  }

  @Test
  void aCertificateFromAnotherCaIsRefusedAtTheHandshake() throws Exception {
    start(ClientAuth.NEED);
    String url = world.servers.httpsUri().orElseThrow().resolve(A_FILE).toString();

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
                "-H",
                "Authorization: " + TENANT,
                url),
            "");
    ExternalTool.Result genuine =
        ExternalTool.run(
            List.of(
                "curl",
                "-sS",
                "--max-time",
                "10",
                "--cacert",
                files.resolve("ca.pem").toString(),
                "--cert",
                files.resolve("a.pem").toString(),
                "--key",
                files.resolve("a-key.pem").toString(),
                url),
            "");

    assertThat(forged.exit()).as(forged.all()).isNotZero();
    assertThat(forged.out()).isEmpty();
    assertThat(genuine.out()).as(genuine.err()).isEqualTo("A's");
    assertThatThrownBy(() -> get(FORGED_A, A_FILE)).isInstanceOf(IOException.class);
  }

  @Test
  void withWantAndNoCertificatePasswordsDecide() throws Exception {
    start(ClientAuth.WANT);

    assertThat(get(null, SHARED)).startsWith("401 ");
    assertThat(get(null, SHARED, TENANT)).isEqualTo("200 acme site");
    assertThat(get(null, A_FILE, TENANT)).startsWith("403 ");
    assertThat(get(null, A_FILE, basic("alice", "a1"))).isEqualTo("200 A's");
    assertThat(get(null, B_FILE, TENANT)).isEqualTo("200 B's");
    // and a bound certificate still works on the same listener
    assertThat(get(A, A_FILE)).isEqualTo("200 A's");
  }

  @Test
  void aCertificateBearingNoMacOfTheTenantFallsBackToPasswords() throws Exception {
    start(ClientAuth.WANT);

    assertThat(get(ROBOT, SHARED)).startsWith("401 ");
    assertThat(get(ROBOT, SHARED, TENANT)).isEqualTo("200 acme site");
    assertThat(get(C, SHARED)).startsWith("401 ");
    assertThat(get(C, SHARED, TENANT)).isEqualTo("200 acme site");
    // C's certificate is still bound to C: no password reaches acme's phones' files with it.
    assertThat(get(C, B_FILE, TENANT)).startsWith("403 ");
  }
}
