package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.abuse.AbuseLimits;
import dev.ucprov.http.tls.ClientAuth;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 point 8, the tenant isolation matrix: for every kind of file of tenant {@code beta},
 * every way of addressing it (beta's path prefix, beta's host name, and alpha's own prefix and host
 * with beta's names), every credential a phone of tenant {@code alpha} can hold (none, the
 * tenant's, a device's own, a device's without credentials of its own going through the tenant,
 * Basic and Digest, a client certificate with and without a password) and every method (GET, HEAD,
 * PUT), nothing of beta is ever returned and nothing of beta is ever changed.
 *
 * <p>The same matrix run with beta's own credentials shows that the files are really there, so a
 * refusal in the main matrix cannot come from a request that would have failed anyway.
 */
class TenantIsolationIT {

  private static final String BETA_MAC = "0004f2bb0001";
  private static final String BETA_OPEN_MAC = "0004f2bb0002";
  private static final String ALPHA_MAC = "0004f2aa0001";
  private static final String ALPHA_OPEN_MAC = "0004f2aa0002";
  private static final String MARK = "BETA-SECRET";
  private static final String OVERRIDE =
      "<PHONE_CONFIG><OVERRIDES up.backlight.idleIntensity=\"1\" note=\""
          + MARK
          + "\"/>"
          + "</PHONE_CONFIG>";
  private static final String ATTACK = "<PHONE_CONFIG><OVERRIDES attack=\"1\"/></PHONE_CONFIG>";

  private static final TestCa CA = TestCa.create("Isolation CA");
  private static final Issued SERVER = CA.server(KeyKind.EC);
  private static final Issued ALPHA_CERT = CA.client("CN=" + ALPHA_MAC);

  /** Every file of beta a phone could ask for, by kind. */
  private static final List<String> BETA_FILES =
      List.of(
          "000000000000.cfg", // master config
          "site.cfg", // tenant file without MAC
          BETA_MAC + ".cfg", // stored MAC-named file
          BETA_MAC + "-lines.cfg", // rendered per-device template, device with credentials
          BETA_OPEN_MAC + "-lines.cfg", // rendered per-device template, device without
          BETA_MAC + "-phone.cfg", // upload: override
          "contacts/" + BETA_OPEN_MAC + "-directory.xml", // upload: directory, in a folder
          "logs/" + BETA_OPEN_MAC + "-app.log", // upload: log
          "beta-only.ld"); // large stored file (firmware-like)

  private static World world;
  private static HttpClient plain;
  private static HttpClient withCertificate;

  @BeforeAll
  static void twoTenants() throws Exception {
    TlsContext tls =
        TlsContext.of(
            new ServerIdentity(SERVER.keys().getPrivate(), SERVER.chain()),
            List.of(CA.certificate()),
            ClientAuth.WANT);
    AbuseLimits lenient =
        new AbuseLimits(Duration.ofSeconds(1), 100_000, 100_000, Duration.ZERO, Duration.ZERO, 10);
    world =
        new World(Optional.of(new TlsListener(ListenAddress.parse("127.0.0.1:0"), tls)), lenient);
    world.securedTenant("alpha", "alpha-user", "alpha-pw", List.of("alpha.example"));
    world.device("alpha", ALPHA_MAC, "alpha-phone", "alpha-phone-pw");
    world.device("alpha", ALPHA_OPEN_MAC);
    world.securedTenant("beta", "beta-user", "beta-pw", List.of("beta.example"));
    world.device("beta", BETA_MAC, "beta-phone", "beta-phone-pw");
    world.device("beta", BETA_OPEN_MAC);
    world.file("beta", "000000000000.cfg", "<master " + MARK + "/>");
    world.file("beta", "site.cfg", "<site " + MARK + "/>");
    world.file("beta", BETA_MAC + ".cfg", "<device " + MARK + "/>");
    world.template(
        "beta", "[PHONE_MAC_ADDRESS]-lines.cfg", "<lines {{ device.mac }} " + MARK + "/>");
    world.file("beta", "beta-only.ld", MARK + " firmware");
    plain = HttpClient.newHttpClient();
    withCertificate =
        HttpClient.newBuilder()
            .sslContext(TestCa.clientContext(CA.certificate(), ALPHA_CERT))
            .build();
    seedBetaUploads();
  }

  @AfterAll
  static void stop() throws Exception {
    plain.close();
    withCertificate.close();
    world.close();
  }

  private static void seedBetaUploads() throws Exception {
    Proof beta = Proof.basic("beta-phone", "beta-phone-pw");
    Proof betaTenant = Proof.basic("beta-user", "beta-pw");
    assertThat(send(plain, phone(), "PUT", "/beta/" + BETA_MAC + "-phone.cfg", OVERRIDE, beta))
        .startsWith("201");
    String directory =
        "<directory><item_list><item><fn>"
            + MARK
            + "</fn><ct>100</ct></item></item_list>"
            + "</directory>";
    assertThat(
            send(
                plain,
                phone(),
                "PUT",
                "/beta/contacts/" + BETA_OPEN_MAC + "-directory.xml",
                directory,
                betaTenant))
        .startsWith("201");
    assertThat(
            send(
                plain,
                phone(),
                "PUT",
                "/beta/logs/" + BETA_OPEN_MAC + "-app.log",
                "0101|app|1|00|" + MARK + "\n",
                betaTenant))
        .startsWith("201");
  }

  /** What a phone of alpha may present. */
  private enum Credential {
    NONE,
    TENANT_BASIC,
    TENANT_DIGEST,
    DEVICE_BASIC,
    DEVICE_DIGEST,
    CERTIFICATE,
    CERTIFICATE_AND_TENANT_BASIC
  }

  /** How beta's file is addressed. */
  private enum Addressing {
    BETA_PREFIX,
    BETA_HOST,
    ALPHA_PREFIX,
    ALPHA_HOST
  }

  @Test
  void nothingOfBetaIsReadOrWrittenWithAnythingOfAlpha() throws Exception {
    List<String> leaks = new ArrayList<>();
    int requests = 0;
    for (String file : BETA_FILES) {
      for (Addressing addressing : Addressing.values()) {
        for (Credential credential : Credential.values()) {
          for (String method : List.of("GET", "HEAD", "PUT")) {
            String answer = attempt(file, addressing, credential, method);
            requests++;
            if (!refused(answer) || answer.contains(MARK)) {
              leaks.add(
                  method + " " + file + " " + addressing + " " + credential + " -> " + answer);
            }
          }
        }
      }
    }
    assertThat(requests).isEqualTo(BETA_FILES.size() * 4 * 7 * 3);
    assertThat(leaks).isEmpty();
    assertBetaUploadsUnchanged();
  }

  @Test
  void betasOwnCredentialsReachEveryFileSoTheRefusalsAboveAreReal() throws Exception {
    for (String file : BETA_FILES) {
      Proof proof =
          file.contains(BETA_MAC)
              ? Proof.basic("beta-phone", "beta-phone-pw")
              : Proof.basic("beta-user", "beta-pw");
      assertThat(send(plain, phone(), "GET", "/beta/" + file, null, proof))
          .as(file)
          .startsWith("200")
          .contains(MARK);
      assertThat(send(plain, phone(), "GET", "/" + file, null, proof, "beta.example"))
          .as(file + " by host")
          .startsWith("200")
          .contains(MARK);
    }
  }

  private static void assertBetaUploadsUnchanged() {
    for (String[] upload :
        new String[][] {
          {BETA_MAC, BETA_MAC + "-phone.cfg"},
          {BETA_OPEN_MAC, BETA_OPEN_MAC + "-directory.xml"},
          {BETA_OPEN_MAC, BETA_OPEN_MAC + "-app.log"}
        }) {
      String versions =
          World.text(
              world.admin(
                  "GET",
                  "/api/v1/tenants/beta/devices/"
                      + upload[0]
                      + "/uploads/"
                      + upload[1]
                      + "/versions",
                  null));
      assertThat(versions).as(upload[1]).contains("\"version\":1").doesNotContain("\"version\":2");
    }
    assertThat(
            World.text(
                world.admin(
                    "GET", "/api/v1/tenants/alpha/devices/" + ALPHA_MAC + "/uploads", null)))
        .isEqualTo("{\"uploads\":[]}");
  }

  private static boolean refused(String answer) {
    return answer.startsWith("401")
        || answer.startsWith("403")
        || answer.startsWith("404")
        || answer.startsWith("405");
  }

  private String attempt(String file, Addressing addressing, Credential credential, String method)
      throws Exception {
    String path =
        switch (addressing) {
          case BETA_PREFIX -> "/beta/" + file;
          case ALPHA_PREFIX -> "/alpha/" + file;
          case BETA_HOST, ALPHA_HOST -> "/" + file;
        };
    String host =
        switch (addressing) {
          case BETA_HOST -> "beta.example";
          case ALPHA_HOST -> "alpha.example";
          case BETA_PREFIX, ALPHA_PREFIX -> null;
        };
    String body = method.equals("PUT") ? ATTACK : null;
    boolean tls =
        credential == Credential.CERTIFICATE
            || credential == Credential.CERTIFICATE_AND_TENANT_BASIC;
    HttpClient client = tls ? withCertificate : plain;
    URI base = tls ? world.servers.httpsUri().orElseThrow() : phone();
    Proof proof =
        switch (credential) {
          case NONE, CERTIFICATE -> Proof.NONE;
          case TENANT_BASIC, CERTIFICATE_AND_TENANT_BASIC -> Proof.basic("alpha-user", "alpha-pw");
          case TENANT_DIGEST -> Proof.digest("alpha-user", "alpha-pw");
          case DEVICE_BASIC -> Proof.basic("alpha-phone", "alpha-phone-pw");
          case DEVICE_DIGEST -> Proof.digest("alpha-phone", "alpha-phone-pw");
        };
    return send(client, base, method, path, body, proof, host);
  }

  private static URI phone() {
    return world.servers.phoneUri();
  }

  /** Credentials as a phone sends them: Basic at once, Digest after the server's challenge. */
  private record Proof(String username, String password, boolean digest) {
    static final Proof NONE = new Proof(null, null, false);

    static Proof basic(String username, String password) {
      return new Proof(username, password, false);
    }

    static Proof digest(String username, String password) {
      return new Proof(username, password, true);
    }
  }

  private static String send(
      HttpClient client, URI base, String method, String path, String body, Proof proof)
      throws Exception {
    return send(client, base, method, path, body, proof, null);
  }

  /** The status and body, as {@code "200 <body>"}; Digest answers the first 401's MD5 challenge. */
  private static String send(
      HttpClient client,
      URI base,
      String method,
      String path,
      String body,
      Proof proof,
      String host)
      throws Exception {
    HttpResponse<String> response =
        exchange(client, base, method, path, body, host, authorization(proof));
    if (response.statusCode() == 401 && proof.digest()) {
      DigestClient digest = new DigestClient(proof.username(), proof.password(), "MD5");
      DigestClient.Challenge challenge =
          digest.pick(response.headers().allValues("WWW-Authenticate"));
      String header = digest.header(challenge, method, path, 1, "0a4f113b");
      response =
          exchange(
              client, base, method, path, body, host, header.substring("Authorization: ".length()));
    }
    return response.statusCode() + " " + response.body();
  }

  private static String authorization(Proof proof) {
    if (proof.username() == null || proof.digest()) {
      return null;
    }
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (proof.username() + ":" + proof.password()).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> exchange(
      HttpClient client,
      URI base,
      String method,
      String path,
      String body,
      String host,
      String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("User-Agent", World.AGENT);
    if (host != null) {
      request.setHeader("Host", host);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
