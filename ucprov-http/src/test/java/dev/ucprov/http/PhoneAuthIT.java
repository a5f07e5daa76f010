package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.http.tls.ExternalTool;
import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Phone credentials with real clients: the JDK's HttpClient and its Authenticator (Basic), curl
 * (Digest and Basic), and a Digest client of our own over a socket (SHA-256, RFC 2069 form).
 *
 * <p>Tenant {@code acme} needs boss/tenant-pw; its device 0004f2000001 has alice/a1 of its own,
 * 0004f2000002 none. Tenant {@code open} needs nothing.
 *
 * <p>{@link PhoneAuthOnVirtualThreadsIT} runs them all again with blob reads that would block: the
 * answer then moves to a virtual thread after the credentials were checked, and a Digest nonce
 * count must still count once.
 */
class PhoneAuthIT {

  static final String SHARED = "/acme/site.cfg";
  static final String ALICES = "/acme/0004f2000001.cfg";
  static final String BARES = "/acme/0004f2000002.cfg";

  World world;
  int port;

  @BeforeEach
  void start() throws Exception {
    world = new World();
    world.blobs.block(blobReadsBlock());
    port = world.servers.phoneUri().getPort();
    world.tenant("acme", "boss", "tenant-pw");
    world.device("acme", "0004f2000001", "alice", "a1");
    world.device("acme", "0004f2000002");
    world.file("acme", "site.cfg", "acme site");
    world.file("acme", "0004f2000001.cfg", "alice's");
    world.file("acme", "0004f2000002.cfg", "bare's");
    world.tenant("open");
    world.file("open", "site.cfg", "open site");
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  /** Whether reading a blob counts as a read that would block. */
  boolean blobReadsBlock() {
    return false;
  }

  String url(String path) {
    return world.servers.phoneUri().resolve(path).toString();
  }

  @Test
  void theJdkClientAnswersTheBasicChallengeThroughItsAuthenticator() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    HttpClient client =
        HttpClient.newBuilder()
            .authenticator(
                new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    asked.incrementAndGet();
                    assertThat(getRequestingPrompt()).isEqualTo("acme");
                    assertThat(getRequestingScheme()).isEqualToIgnoringCase("basic");
                    return new PasswordAuthentication("boss", "tenant-pw".toCharArray());
                  }
                })
            .build();
    try (client) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(world.servers.phoneUri().resolve(SHARED)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("acme site");
    }
    assertThat(asked).hasValue(1);
    assertThat(world.security.lines()).isEmpty();
  }

  @Test
  void theJdkClientWithAWrongPasswordGivesUpAndEachTryIsLogged() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .authenticator(
                new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication("boss", "guess".toCharArray());
                  }
                })
            .build();
    try (client) {
      HttpRequest request =
          HttpRequest.newBuilder(world.servers.phoneUri().resolve(SHARED)).build();
      assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("too many authentication attempts");
    }
    // The JDK gives up after a few tries; each one is a counted failure.
    assertThat(world.security.await(3))
        .hasSizeGreaterThanOrEqualTo(3)
        .allMatch(l ->
            l.matches(
                ".* auth-failed from 127\\.0\\.0\\.1 tenant=acme user=boss path=acme/site\\.cfg"));
  }

  @Test
  void curlDigestWithMd5GetsTheFile() {
    ExternalTool.Result result = curl("--digest", "-u", "alice:a1", url(ALICES));
    assertThat(result.out()).isEqualTo("alice's\n200");
    assertThat(result.err()).containsPattern("Authorization: Digest .*algorithm=MD5");
    assertThat(world.security.lines()).isEmpty();
  }

  @Test
  void curlBasicAndCredentialsInTheUrl() {
    assertThat(curl("--basic", "-u", "boss:tenant-pw", url(SHARED)).out())
        .isEqualTo("acme site\n200");
    String inUrl = url(SHARED).replace("http://", "http://boss:tenant-pw@");
    assertThat(curl(inUrl).out()).isEqualTo("acme site\n200");
    assertThat(curl("--basic", "-u", "boss:nope", url(SHARED)).out()).endsWith("401");
    assertThat(world.security.await(1)).hasSize(1);
  }

  @Test
  void ourSha256DigestClientOverASocket() throws IOException {
    DigestClient alice = new DigestClient("alice", "a1", "SHA-256");
    RawExchange first = RawExchange.get(port, ALICES);
    assertThat(first.status()).isEqualTo(401);
    assertThat(first.all("WWW-Authenticate"))
        .hasSize(3)
        .satisfies(v -> assertThat(v.get(0)).contains("algorithm=MD5"))
        .satisfies(v -> assertThat(v.get(1)).contains("algorithm=SHA-256"))
        .satisfies(v -> assertThat(v.get(2)).startsWith("Basic realm=\"acme\""));
    DigestClient.Challenge challenge = alice.pick(first.all("WWW-Authenticate"));
    assertThat(challenge.realm()).isEqualTo("acme");

    RawExchange second =
        RawExchange.get(port, ALICES, alice.header(challenge, "GET", ALICES, 1, "c1"));
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).isEqualTo("alice's");
    RawExchange third =
        RawExchange.get(port, SHARED, alice.header(challenge, "GET", SHARED, 2, "c1"));
    assertThat(third.body()).isEqualTo("acme site");
    assertThat(world.security.lines()).isEmpty();
  }

  @Test
  void aReplayedCountIsRefusedAndLogged() throws IOException {
    DigestClient alice = new DigestClient("alice", "a1", "SHA-256");
    DigestClient.Challenge challenge =
        alice.pick(RawExchange.get(port, ALICES).all("WWW-Authenticate"));
    String header = alice.header(challenge, "GET", ALICES, 1, "c1");
    assertThat(RawExchange.get(port, ALICES, header).status()).isEqualTo(200);

    RawExchange replay = RawExchange.get(port, ALICES, header);
    assertThat(replay.status()).isEqualTo(401);
    assertThat(world.security.await(1))
        .containsExactly(
            world.clock.instant()
                + " auth-failed from 127.0.0.1 tenant=acme user=alice path=acme/0004f2000001.cfg");
  }

  @Test
  void anExpiredNonceIsStaleNotAFailureAndTheFreshOneWorks() throws IOException {
    DigestClient alice = new DigestClient("alice", "a1", "MD5");
    DigestClient.Challenge old = alice.pick(RawExchange.get(port, ALICES).all("WWW-Authenticate"));
    world.clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    RawExchange stale = RawExchange.get(port, ALICES, alice.header(old, "GET", ALICES, 1, "c1"));
    assertThat(stale.status()).isEqualTo(401);
    DigestClient.Challenge fresh = alice.pick(stale.all("WWW-Authenticate"));
    assertThat(fresh.stale()).isTrue();
    assertThat(RawExchange.get(port, ALICES, alice.header(fresh, "GET", ALICES, 1, "c1")).status())
        .isEqualTo(200);
    assertThat(world.security.lines()).isEmpty();
  }

  @Test
  void aUriOtherThanTheRequestTargetFails() throws IOException {
    DigestClient alice = new DigestClient("alice", "a1", "SHA-256");
    DigestClient.Challenge challenge =
        alice.pick(RawExchange.get(port, ALICES).all("WWW-Authenticate"));
    RawExchange response =
        RawExchange.get(port, ALICES, alice.header(challenge, "GET", SHARED, 1, "c1"));
    assertThat(response.status()).isEqualTo(401);
    assertThat(world.security.await(1)).hasSize(1);
  }

  @Test
  void theRfc2069FormWorksOnceThenAsksForAFreshNonce() throws IOException {
    DigestClient alice = new DigestClient("alice", "a1", "MD5");
    DigestClient.Challenge challenge =
        alice.pick(RawExchange.get(port, ALICES).all("WWW-Authenticate"));
    String header = alice.header2069(challenge, "GET", ALICES);
    assertThat(RawExchange.get(port, ALICES, header).status()).isEqualTo(200);
    RawExchange again = RawExchange.get(port, ALICES, header);
    assertThat(again.status()).isEqualTo(401);
    assertThat(alice.pick(again.all("WWW-Authenticate")).stale()).isTrue();
    assertThat(world.security.lines()).isEmpty();
  }

  @Test
  void tenantAndDeviceCredentialsOnSharedAndMacNamedFiles() {
    record Case(String user, String path, int status) {}
    List<Case> cases =
        List.of(
            new Case("boss:tenant-pw", SHARED, 200),
            new Case("boss:tenant-pw", BARES, 200),
            new Case("boss:tenant-pw", ALICES, 403),
            new Case("alice:a1", ALICES, 200),
            new Case("alice:a1", SHARED, 200),
            new Case("alice:a1", BARES, 403),
            new Case("alice:a1", "/acme/0004f2ffffff.cfg", 403),
            new Case("", SHARED, 401),
            new Case("", ALICES, 401));
    for (Case c : cases) {
      List<String> args =
          c.user().isEmpty()
              ? List.of(url(c.path()))
              : List.of("--basic", "-u", c.user(), url(c.path()));
      assertThat(curl(args.toArray(String[]::new)).out())
          .as(c.toString())
          .endsWith(Integer.toString(c.status()));
    }
    assertThat(curl(url("/open/site.cfg")).out()).isEqualTo("open site\n200");
    assertThat(world.security.lines()).isEmpty();
  }

  @Test
  void aRequestForAnUnknownMacIsLogged() {
    assertThat(curl(url("/open/0004F2FFFFFF-phone.cfg")).out()).endsWith("404");
    assertThat(world.security.await(1))
        .containsExactly(
            world.clock.instant()
                + " unknown-mac from 127.0.0.1 tenant=open mac=0004f2ffffff path=open/0004F2FFFFFF-phone.cfg");
  }

  /** curl with {@code -v}: stdout is the body then the status on its own line. */
  static ExternalTool.Result curl(String... args) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of("curl", "-sS", "-v", "--max-time", "10", "-w", "\n%{http_code}"));
    command.addAll(List.of(args));
    return ExternalTool.run(command, "");
  }

  static Optional<String> none() {
    return Optional.empty();
  }
}
