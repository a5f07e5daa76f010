package dev.ucprov.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.access.PasswordProof;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhoneCredentialsTest {

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
  final PhoneCredentials credentials =
      new PhoneCredentials(Duration.ofMinutes(5), 1000, false, clock, new SecureRandom());

  static final Credentials ALICE = new Credentials("alice", "s3cret");

  Presented read(String header) {
    return credentials.read("GET", "/acme/a.cfg", Optional.of(header));
  }

  boolean matches(Presented presented, Credentials candidate) {
    PasswordProof proof = presented.password().orElseThrow();
    return proof.matches(candidate);
  }

  String nonce() {
    Matcher m =
        Pattern.compile("nonce=\"([^\"]+)\"").matcher(credentials.challenges("acme", false).get(0));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  static String basic(String userColonPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
  }

  String digest(DigestAlgorithm algorithm, String nonce, String uri, String nc, String password) {
    String ha1 = algorithm.hash("alice:acme:" + password);
    String ha2 = algorithm.hash("GET:" + uri);
    String response = algorithm.hash(ha1 + ":" + nonce + ":" + nc + ":c1:auth:" + ha2);
    return "Digest username=\"alice\", realm=\"acme\", nonce=\""
        + nonce
        + "\", uri=\""
        + uri
        + "\", qop=auth, nc="
        + nc
        + ", cnonce=\"c1\", algorithm="
        + algorithm.token()
        + ", response=\""
        + response
        + "\", opaque=\"x\"";
  }

  @Test
  void noHeaderAndOtherSchemesPresentNothing() {
    assertThat(credentials.read("GET", "/", Optional.empty())).isEqualTo(Presented.NOTHING);
    assertThat(read("Bearer abc")).isEqualTo(Presented.NOTHING);
  }

  @Test
  void basicMatchesItsPasswordOnly() {
    Presented presented = read(basic("alice:s3cret"));
    assertThat(presented.password().orElseThrow().username()).isEqualTo("alice");
    assertThat(matches(presented, ALICE)).isTrue();
    assertThat(matches(presented, new Credentials("alice", "s3cret "))).isFalse();
    assertThat(
            matches(
                read(basic("alice:pass:with:colons")),
                new Credentials("alice", "pass:with:colons")))
        .isTrue();
  }

  @Test
  void malformedBasicIsAFailureNotNothing() {
    assertThat(read("Basic !!!").password()).isPresent();
    assertThat(matches(read("Basic !!!"), ALICE)).isFalse();
    assertThat(matches(read(basic("nocolon")), ALICE)).isFalse();
  }

  @Test
  void digestWithAFreshNonceMatchesOnceAndAReplayFails() {
    String nonce = nonce();
    String header = digest(DigestAlgorithm.SHA_256, nonce, "/acme/a.cfg", "00000001", "s3cret");
    assertThat(matches(read(header), ALICE)).isTrue();

    Presented replay = read(header);
    assertThat(replay.stale()).isTrue();
    assertThat(matches(replay, ALICE)).isFalse();
    assertThat(
            matches(
                read(digest(DigestAlgorithm.SHA_256, nonce, "/acme/a.cfg", "00000002", "s3cret")),
                ALICE))
        .isTrue();
  }

  @Test
  void digestMd5AndTheWrongPassword() {
    assertThat(
            matches(
                read(digest(DigestAlgorithm.MD5, nonce(), "/acme/a.cfg", "00000001", "s3cret")),
                ALICE))
        .isTrue();
    assertThat(
            matches(
                read(digest(DigestAlgorithm.MD5, nonce(), "/acme/a.cfg", "00000001", "guess")),
                ALICE))
        .isFalse();
  }

  @Test
  void aUriOtherThanTheRequestTargetFails() {
    Presented presented =
        read(digest(DigestAlgorithm.MD5, nonce(), "/acme/b.cfg", "00000001", "s3cret"));
    assertThat(presented.stale()).isFalse();
    assertThat(matches(presented, ALICE)).isFalse();
  }

  @Test
  void anExpiredOrForeignNonceIsStaleWithoutProof() {
    String nonce = nonce();
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    assertThat(read(digest(DigestAlgorithm.MD5, nonce, "/acme/a.cfg", "00000001", "s3cret")))
        .isEqualTo(Presented.STALE);
    PhoneCredentials other =
        new PhoneCredentials(Duration.ofMinutes(5), 10, false, clock, new SecureRandom());
    String foreign = digest(DigestAlgorithm.MD5, nonce(), "/acme/a.cfg", "00000001", "s3cret");
    assertThat(other.read("GET", "/acme/a.cfg", Optional.of(foreign))).isEqualTo(Presented.STALE);
  }

  @Test
  void theRfc2069FormIsAcceptedOnceThenStale() {
    String nonce = nonce();
    DigestAlgorithm md5 = DigestAlgorithm.MD5;
    String response =
        md5.hash(md5.hash("alice:acme:s3cret") + ":" + nonce + ":" + md5.hash("GET:/acme/a.cfg"));
    String header =
        "Digest username=\"alice\", realm=\"acme\", nonce=\""
            + nonce
            + "\", uri=\"/acme/a.cfg\", response=\""
            + response
            + "\"";
    assertThat(matches(read(header), ALICE)).isTrue();
    assertThat(read(header)).isEqualTo(Presented.STALE);
  }

  @Test
  void malformedDigestsFailNamingTheUserWhenKnown() {
    String nonce = nonce();
    List<String> headers =
        List.of(
            "Digest username=\"alice\", realm=\"acme\", nonce=\""
                + nonce
                + "\", uri=\"/acme/a.cfg\"",
            "Digest username=\"alice\", realm=\"acme\", nonce=\""
                + nonce
                + "\", uri=\"/acme/a.cfg\", response=\"00\", qop=auth-int, nc=00000001, cnonce=\"c\"",
            "Digest username=\"alice\", realm=\"acme\", nonce=\""
                + nonce
                + "\", uri=\"/acme/a.cfg\", response=\"00\", qop=auth, nc=1, cnonce=\"c\"",
            "Digest username=\"alice\", realm=\"acme\", nonce=\""
                + nonce
                + "\", uri=\"/acme/a.cfg\", response=\"00\", algorithm=SHA-512-256");
    for (String header : headers) {
      Presented presented = read(header);
      assertThat(presented.password().orElseThrow().username()).as(header).isEqualTo("alice");
      assertThat(matches(presented, ALICE)).as(header).isFalse();
    }
    assertThat(read("Digest realm=\"acme\"").password().orElseThrow().username()).isEmpty();
    assertThat(read("Digest username=\"x").password().orElseThrow().username()).isEmpty();
  }

  @Test
  void anExtendedUsernameIsDecoded() {
    String nonce = nonce();
    DigestAlgorithm sha = DigestAlgorithm.SHA_256;
    String ha1 = sha.hash("Jäsön Doe:acme:pw");
    String response =
        sha.hash(ha1 + ":" + nonce + ":00000001:c1:auth:" + sha.hash("GET:/acme/a.cfg"));
    Presented presented =
        read(
            "Digest username*=UTF-8''J%C3%A4s%C3%B6n%20Doe, realm=\"acme\", nonce=\""
                + nonce
                + "\", uri=\"/acme/a.cfg\", qop=auth, nc=00000001, cnonce=\"c1\", algorithm=SHA-256,"
                + " response=\""
                + response
                + "\"");
    assertThat(matches(presented, new Credentials("Jäsön Doe", "pw"))).isTrue();
  }

  @Test
  void challengesOfferMd5ThenSha256ThenBasicWithFreshNonces() {
    List<String> values = credentials.challenges("acme", true);
    assertThat(values).hasSize(3);
    assertThat(values.get(0))
        .startsWith("Digest realm=\"acme\", qop=\"auth\", algorithm=MD5, nonce=\"")
        .endsWith(", stale=true");
    assertThat(values.get(1)).contains("algorithm=SHA-256");
    assertThat(values.get(2)).isEqualTo("Basic realm=\"acme\", charset=\"UTF-8\"");
    assertThat(credentials.challenges("acme", false).get(0)).doesNotContain("stale");
    assertThat(nonce()).isNotEqualTo(nonce()).hasSize(43);
  }

  @Test
  void sha256ComesFirstWhenAsked() {
    PhoneCredentials modern =
        new PhoneCredentials(Duration.ofMinutes(5), 10, true, clock, new SecureRandom());
    assertThat(modern.challenges("a\"b", false))
        .satisfies(v -> assertThat(v.get(0)).contains("realm=\"a\\\"b\"", "algorithm=SHA-256"))
        .satisfies(v -> assertThat(v.get(1)).contains("algorithm=MD5"));
  }
}
