package dev.ucprov.sip.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestAnswerTest {

  private static final String RFC7616_NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
  private static final String RFC7616_CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
  private static final String RFC7616_OPAQUE = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";
  private static final DigestCredentials MUFASA = new DigestCredentials("Mufasa", "Circle of Life");

  private static DigestChallenge rfc7616(String algorithm) {
    return DigestChallenge.first(
            List.of(
                "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm="
                    + algorithm
                    + ", nonce=\""
                    + RFC7616_NONCE
                    + "\", opaque=\""
                    + RFC7616_OPAQUE
                    + "\""))
        .orElseThrow();
  }

  @Test
  void rfc7616_md5_example() {
    assertThat(
            DigestAnswer.response(
                rfc7616("MD5"), MUFASA, "GET", "/dir/index.html", new byte[0], RFC7616_CNONCE))
        .isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
  }

  @Test
  void rfc7616_sha256_example() {
    assertThat(
            DigestAnswer.response(
                rfc7616("SHA-256"), MUFASA, "GET", "/dir/index.html", new byte[0], RFC7616_CNONCE))
        .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
  }

  @Test
  void rfc2617_example_without_an_algorithm_parameter() {
    DigestChallenge challenge =
        DigestChallenge.first(
                List.of(
                    "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\","
                        + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\","
                        + " opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""))
            .orElseThrow();
    assertThat(
            DigestAnswer.response(
                challenge,
                new DigestCredentials("Mufasa", "Circle Of Life"),
                "GET",
                "/dir/index.html",
                new byte[0],
                "0a4f113b"))
        .isEqualTo("6629fae49393a05397450978507c4ef1");
  }

  @Test
  void legacy_challenge_without_qop_hashes_nonce_and_a2_only_and_names_no_algorithm() {
    DigestChallenge challenge =
        DigestChallenge.first(List.of("Digest realm=\"PolycomSPIP\", nonce=\"abc123\""))
            .orElseThrow();
    String header =
        DigestAnswer.header(
            challenge,
            new DigestCredentials("1001", "secret"),
            "NOTIFY",
            "sip:1001@10.0.0.5",
            new byte[0],
            "unused");
    assertThat(header)
        .isEqualTo(
            "Digest username=\"1001\", realm=\"PolycomSPIP\", nonce=\"abc123\","
                + " uri=\"sip:1001@10.0.0.5\", response=\"dfc0ddad7c4950a2e36102029e1ad588\"");
  }

  @Test
  void header_with_qop_carries_cnonce_nc_qop_opaque_and_the_algorithm() {
    String header =
        DigestAnswer.header(
            rfc7616("SHA-256"), MUFASA, "GET", "/dir/index.html", new byte[0], RFC7616_CNONCE);
    assertThat(header)
        .startsWith("Digest username=\"Mufasa\", realm=\"http-auth@example.org\"")
        .contains("response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\"")
        .contains(", algorithm=SHA-256")
        .contains(", cnonce=\"" + RFC7616_CNONCE + "\"")
        .contains(", opaque=\"" + RFC7616_OPAQUE + "\"")
        .endsWith(", qop=auth, nc=00000001");
  }

  @Test
  void auth_int_hashes_the_body_into_a2() {
    DigestChallenge challenge =
        DigestChallenge.first(List.of("Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\""))
            .orElseThrow();
    byte[] body = "x".getBytes(StandardCharsets.UTF_8);
    DigestAlgorithm md5 = DigestAlgorithm.MD5;
    String expected =
        md5.hash(
            md5.hash("u:r:p")
                + ":n:00000001:c:auth-int:"
                + md5.hash("POST:/push:" + md5.hash(body)));
    assertThat(
            DigestAnswer.response(
                challenge, new DigestCredentials("u", "p"), "POST", "/push", body, "c"))
        .isEqualTo(expected);
  }

  @Test
  void session_algorithm_folds_nonce_and_cnonce_into_ha1() {
    DigestChallenge challenge =
        DigestChallenge.first(
                List.of("Digest realm=\"r\", nonce=\"n\", qop=\"auth\", algorithm=SHA-256-sess"))
            .orElseThrow();
    DigestAlgorithm sha = DigestAlgorithm.SHA_256;
    String ha1 = sha.hash(sha.hash("u:r:p") + ":n:c");
    String expected = sha.hash(ha1 + ":n:00000001:c:auth:" + sha.hash("NOTIFY:sip:a@b"));
    assertThat(
            DigestAnswer.response(
                challenge, new DigestCredentials("u", "p"), "NOTIFY", "sip:a@b", new byte[0], "c"))
        .isEqualTo(expected);
  }

  @Test
  void quotes_and_backslashes_in_values_are_escaped() {
    DigestChallenge challenge =
        DigestChallenge.first(List.of("Digest realm=\"a\\\"b\", nonce=\"n\"")).orElseThrow();
    assertThat(challenge.realm()).isEqualTo("a\"b");
    String header =
        DigestAnswer.header(
            challenge, new DigestCredentials("x\\y", "p"), "NOTIFY", "sip:a", new byte[0], "c");
    assertThat(header).contains("username=\"x\\\\y\"").contains("realm=\"a\\\"b\"");
  }
}
