package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 4 point 7: every way of writing a path that escapes its tenant or names something else than
 * it seems is refused, over a raw socket (JDK HttpClient would normalise some of them before
 * sending). Tenant {@code other} holds a secret; none of these requests, all addressed to {@code
 * acme}, may ever return it, and each is refused with 400 (the listener or Jetty refused the
 * request line) or the uniform 404.
 */
class PathSafetyIT {

  private static final String SECRET = "<secret other=\"tenant\"/>";

  private World world;

  @BeforeEach
  void twoTenants() throws Exception {
    world = new World();
    world.tenant("acme");
    world.tenant("other");
    world.file("acme", "000000000000.cfg", "<acme/>");
    world.file("other", "secret.cfg", SECRET);
    world.file("other", "etc/passwd", SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  static Stream<Arguments> escapes() {
    String overlong = "a".repeat(256) + ".cfg";
    return Stream.of(
        Arguments.of("dot-dot", "/acme/../other/secret.cfg"),
        Arguments.of("dot-dot deeper", "/acme/x/../../other/secret.cfg"),
        Arguments.of("single dot", "/acme/./000000000000.cfg"),
        Arguments.of("percent-encoded dots", "/acme/%2e%2e/other/secret.cfg"),
        Arguments.of("percent-encoded dots, upper case", "/acme/%2E%2E/other/secret.cfg"),
        Arguments.of("encoded slash", "/acme/..%2fother/secret.cfg"),
        Arguments.of("double-encoded dots", "/acme/%252e%252e/other/secret.cfg"),
        Arguments.of("double-encoded slash", "/acme/..%252fother%252fsecret.cfg"),
        Arguments.of("overlong UTF-8 dot", "/acme/%c0%ae%c0%ae/other/secret.cfg"),
        Arguments.of("absolute path", "//other/secret.cfg"),
        Arguments.of("absolute path inside tenant", "/acme//etc/passwd"),
        Arguments.of("absolute file system path", "/acme/%2fetc%2fpasswd"),
        Arguments.of("backslash", "/acme/..\\other\\secret.cfg"),
        Arguments.of("encoded backslash", "/acme/..%5cother%5csecret.cfg"),
        Arguments.of("NUL", "/acme/000000000000.cfg%00.txt"),
        Arguments.of("control character", "/acme/%01.cfg"),
        Arguments.of("overlong name", "/acme/" + overlong),
        Arguments.of("overlong path", "/acme/" + "d/".repeat(520) + "x.cfg"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("escapes")
  void aPathThatEscapesOrHidesItsNameIsRefused(String kind, String target) throws IOException {
    String raw =
        RawHttp.send(
            world.servers.phonePort(),
            "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    assertThat(raw).as(kind).containsPattern("^HTTP/1.1 (400|404) ");
    assertThat(raw).as(kind).doesNotContain(SECRET).doesNotContain("<acme/>");
  }

  @Test
  void theSameNamesAreRefusedByTheAdminApiWithAMessageAndStoreNothing() {
    for (String path :
        new String[] {
          "..%2Fother%2Fsecret.cfg",
          "a%5Cb.cfg",
          "x%00.cfg",
          "%2Fetc%2Fpasswd",
          "a%2F..%2F..%2Fb.cfg"
        }) {
      HttpResponse<byte[]> put = world.admin("PUT", "/api/v1/tenants/acme/files/" + path, "x");
      assertThat(put.statusCode()).as(path).isEqualTo(400);
      assertThat(World.text(put)).as(path).contains("\"error\"");
      // Whether the connection lives on after a refusal is AdminFilesIT's; the pooled client's
      // next requests below must work either way.
    }
    HttpResponse<byte[]> list = world.admin("GET", "/api/v1/tenants/acme/files", null);
    assertThat(new String(list.body(), StandardCharsets.UTF_8))
        .contains("000000000000.cfg")
        .doesNotContain("passwd")
        .doesNotContain("b.cfg");
  }

  @Test
  void aHostHeaderCannotCarryAPathOrReachAnotherTenant() throws IOException {
    String raw =
        RawHttp.send(
            world.servers.phonePort(),
            "GET /secret.cfg HTTP/1.1\r\nHost: ../other\r\nConnection: close\r\n\r\n");

    assertThat(raw).containsPattern("^HTTP/1.1 (400|404) ").doesNotContain(SECRET);
  }
}
