package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.testing.Eventually;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phone listener's answers, made from memory on the network thread (the in-memory store never
 * blocks); {@link PhoneListenerOnVirtualThreadsIT} runs them all again with blob reads that would
 * block, so each answer moves to a virtual thread part way.
 */
class PhoneListenerIT {

  private static final String MASTER = "<master/>\n";
  private static final byte[] FIRMWARE = new byte[300_007];

  static {
    new Random(42).nextBytes(FIRMWARE);
  }

  private World world;
  private FileVersion master;

  @BeforeEach
  void acme() throws Exception {
    world = new World();
    world.blobs.block(blobReadsBlock());
    world.tenant("acme", "acme.prov.example");
    world.device("acme", "0004f2aabbcc");
    master = world.file("acme", "000000000000.cfg", MASTER);
    world.template("acme", "[PHONE_MAC_ADDRESS]-lines.cfg", "lines for {{ device.mac }}");
    world.template("acme", "[PHONE_MAC_ADDRESS]-broken.cfg", "{{ device.variables.secret! }}");
    world.shared("sip.ld", FIRMWARE);
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  /** Whether reading a blob counts as a read that would block. */
  boolean blobReadsBlock() {
    return false;
  }

  @Test
  void aStoredFileComesWithTypeLengthAndValidators() {
    HttpResponse<byte[]> response = world.phone("GET", "/acme/000000000000.cfg");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(World.text(response)).isEqualTo(MASTER);
    assertThat(header(response, "Content-Type")).isEqualTo("application/xml");
    assertThat(header(response, "Content-Length")).isEqualTo(Integer.toString(MASTER.length()));
    assertThat(header(response, "ETag")).isEqualTo('"' + master.blob().sha256() + '"');
    assertThat(header(response, "Last-Modified")).isEqualTo("Wed, 25 Nov 2026 10:00:00 GMT");
    assertThat(header(response, "Accept-Ranges")).isEqualTo("bytes");
    assertThat(response.headers().firstValue("Server")).isEmpty();
  }

  @Test
  void aRenderedPerDeviceFileIsServedForAKnownMac() {
    HttpResponse<byte[]> response = world.phone("GET", "/acme/0004f2aabbcc-lines.cfg");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(World.text(response)).isEqualTo("lines for 0004f2aabbcc");
    assertThat(header(response, "ETag")).matches("\"[0-9a-f]{64}\"");
  }

  @Test
  void aTenantIsReachedByItsHostNameWithoutPrefix() {
    HttpResponse<byte[]> response =
        world.phone("GET", "/000000000000.cfg", "Host", "ACME.prov.example:8080");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(World.text(response)).isEqualTo(MASTER);
  }

  @Test
  void headGivesTheHeadersOfGetWithoutBody() {
    HttpResponse<byte[]> get = world.phone("GET", "/acme/sip.ld");
    HttpResponse<byte[]> head = world.phone("HEAD", "/acme/sip.ld");

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(header(head, "Content-Length")).isEqualTo(Integer.toString(FIRMWARE.length));
    assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
    assertThat(header(head, "Content-Type")).isEqualTo("application/octet-stream");
  }

  @Test
  void aLargeStoredFileIsStreamedWhole() {
    HttpResponse<byte[]> response = world.phone("GET", "/acme/sip.ld");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(FIRMWARE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"%s\"", "W/\"%s\"", "\"other\", \"%s\"", "*"})
  void aMatchingIfNoneMatchIsNotModified(String pattern) {
    String tag = master.blob().sha256();
    HttpResponse<byte[]> response =
        world.phone("GET", "/acme/000000000000.cfg", "If-None-Match", pattern.formatted(tag));

    assertThat(response.statusCode()).isEqualTo(304);
    assertThat(response.body()).isEmpty();
    assertThat(header(response, "ETag")).isEqualTo('"' + tag + '"');
  }

  @Test
  void anOtherTagIsServedEvenWhenTheDateWouldMatch() {
    HttpResponse<byte[]> response =
        world.phone(
            "GET",
            "/acme/000000000000.cfg",
            "If-None-Match",
            "\"other\"",
            "If-Modified-Since",
            "Wed, 25 Nov 2026 10:00:00 GMT");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void ifModifiedSinceAnswers304UnlessTheFileChangedAfter() {
    HttpResponse<byte[]> same =
        world.phone(
            "HEAD", "/acme/000000000000.cfg", "If-Modified-Since", "Wed, 25 Nov 2026 10:00:00 GMT");
    HttpResponse<byte[]> before =
        world.phone(
            "GET", "/acme/000000000000.cfg", "If-Modified-Since", "Wed, 25 Nov 2026 09:59:59 GMT");

    assertThat(same.statusCode()).isEqualTo(304);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(World.text(before)).isEqualTo(MASTER);
  }

  @Test
  void aSingleRangeIsPartialAcrossChunks() {
    HttpResponse<byte[]> response =
        world.phone("GET", "/acme/sip.ld", "Range", "bytes=65530-200000");

    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(header(response, "Content-Range")).isEqualTo("bytes 65530-200000/300007");
    assertThat(header(response, "Content-Length")).isEqualTo("134471");
    assertThat(response.body()).isEqualTo(Arrays.copyOfRange(FIRMWARE, 65530, 200001));
  }

  @Test
  void aSuffixRangeOfARenderedFileIsItsEnd() {
    HttpResponse<byte[]> response =
        world.phone("GET", "/acme/0004f2aabbcc-lines.cfg", "Range", "bytes=-12");

    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(World.text(response)).isEqualTo("0004f2aabbcc");
    assertThat(header(response, "Content-Range")).isEqualTo("bytes 10-21/22");
  }

  @Test
  void aRangePastTheEndIsUnsatisfiable() {
    HttpResponse<byte[]> response =
        world.phone("GET", "/acme/000000000000.cfg", "Range", "bytes=500-");

    assertThat(response.statusCode()).isEqualTo(416);
    assertThat(header(response, "Content-Range")).isEqualTo("bytes */" + MASTER.length());
    assertThat(response.body()).isEmpty();
  }

  @Test
  void severalRangesGetTheWholeFile() {
    HttpResponse<byte[]> response =
        world.phone("GET", "/acme/000000000000.cfg", "Range", "bytes=0-1,3-4");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(World.text(response)).isEqualTo(MASTER);
  }

  @Test
  void ifRangeWithTheCurrentTagAllowsTheRangeAndAStaleOneSendsTheWholeFile() {
    String tag = '"' + master.blob().sha256() + '"';
    HttpResponse<byte[]> current =
        world.phone("GET", "/acme/000000000000.cfg", "Range", "bytes=0-3", "If-Range", tag);
    HttpResponse<byte[]> stale =
        world.phone("GET", "/acme/000000000000.cfg", "Range", "bytes=0-3", "If-Range", "\"old\"");

    assertThat(current.statusCode()).isEqualTo(206);
    assertThat(World.text(current)).isEqualTo("<mas");
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(World.text(stale)).isEqualTo(MASTER);
  }

  @Test
  void headIgnoresRange() {
    HttpResponse<byte[]> response =
        world.phone("HEAD", "/acme/000000000000.cfg", "Range", "bytes=0-3");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Content-Length")).isEqualTo(Integer.toString(MASTER.length()));
  }

  @Test
  void everyNotFoundLooksTheSame() {
    byte[] unknownFile = world.phone("GET", "/acme/nothing.cfg").body();
    for (String path :
        new String[] {
          "/nobody/000000000000.cfg",
          "/acme/0004f2123456-lines.cfg",
          "/acme/",
          "/",
          "/acme/../acme/000000000000.cfg"
        }) {
      HttpResponse<byte[]> response = world.phone("GET", path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).isEqualTo(unknownFile);
    }
    HttpResponse<byte[]> byHost =
        world.phone("GET", "/000000000000.cfg", "Host", "unknown.example");
    assertThat(byHost.statusCode()).isEqualTo(404);
    assertThat(byHost.body()).isEqualTo(unknownFile);
    assertThat(new String(unknownFile, StandardCharsets.US_ASCII)).isEqualTo("Not Found\n");
  }

  @Test
  void headOfAMissingFileIs404WithoutBody() {
    HttpResponse<byte[]> response = world.phone("HEAD", "/acme/nothing.cfg");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEmpty();
    assertThat(header(response, "Content-Length")).isEqualTo("10");
  }

  @Test
  void aFailedTemplateAnswers500ForThatFileOnlyAndRevealsNothing() {
    HttpResponse<byte[]> failed = world.phone("GET", "/acme/0004f2aabbcc-broken.cfg");
    HttpResponse<byte[]> other = world.phone("GET", "/acme/0004f2aabbcc-lines.cfg");

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(World.text(failed)).isEqualTo("Internal Server Error\n");
    assertThat(other.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "DELETE", "OPTIONS", "PATCH"})
  void onlyGetHeadAndPutAreAllowed(String method) {
    HttpResponse<byte[]> response = world.phone(method, "/acme/000000000000.cfg");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(header(response, "Allow")).isEqualTo("GET, HEAD, PUT");
  }

  @Test
  void aFilePhonesDoNotWriteAllowsOnlyGetAndHead() {
    HttpResponse<byte[]> response = world.phone("PUT", "/acme/000000000000.cfg");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(header(response, "Allow")).isEqualTo("GET, HEAD");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/acme%2F000000000000.cfg",
        "/acme/%5C000000000000.cfg",
        "/acme/a\\b.cfg",
        "/acme/%00.cfg",
        "/acme/%zz.cfg",
        "/acme/%C3.cfg"
      })
  void hiddenSeparatorsNulAndBadEncodingsAreBadRequests(String target) throws Exception {
    assertThat(RawHttp.status(world.servers.phonePort(), "GET", target)).isEqualTo(400);
    // Refused by the listener, or by Jetty's parser before any handler (METHOD shows BAD and
    // PATH "-" then): either way the access log has its line.
    assertThat(world.access.await(1))
        .singleElement()
        .asString()
        .containsPattern(" - (GET /acme\\S* 400 12|BAD - 400 \\d+) ");
  }

  @Test
  void aRequestLineJettyCannotParseGetsAShortJsonErrorThatNamesNoServer() throws Exception {
    String raw =
        RawHttp.send(
            world.servers.phonePort(),
            "GET /acme/%zz.cfg HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(raw).startsWith("HTTP/1.1 400").endsWith("{\"error\":\"Bad Request\"}");
    assertThat(raw).doesNotContainIgnoringCase("jetty");
  }

  @Test
  void aPathIsDecodedOnlyOnce() throws Exception {
    world.file("acme", "%41.cfg", "literal percent");

    HttpResponse<byte[]> once = world.phone("GET", "/acme/%2541.cfg");
    HttpResponse<byte[]> decoded = world.phone("GET", "/acme/%41.cfg");

    assertThat(World.text(once)).isEqualTo("literal percent");
    assertThat(decoded.statusCode()).isEqualTo(404);
  }

  @Test
  void eachRequestWritesOneAccessLine() {
    world.phone("GET", "/acme/000000000000.cfg");
    world.phone("GET", "/nobody/x.cfg");

    var lines = world.access.await(2);

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .matches(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z 127\\.0\\.0\\.1 acme GET"
                + " /acme/000000000000\\.cfg 200 10 \\d+ \""
                + World.AGENT.replace(".", "\\.")
                + "\"");
    assertThat(lines.get(1)).contains(" 127.0.0.1 - GET /nobody/x.cfg 404 10 ");
  }

  @Test
  void theInventoryHearsStatusAndBytesOfEachAnswerNamingAMac() {
    world.phone("GET", "/acme/0004f2aabbcc-lines.cfg", "Range", "bytes=0-9");
    world.phone("HEAD", "/acme/0004f2aabbcc-lines.cfg");
    world.phone("GET", "/acme/sip.ld");

    world.access.await(3);
    Eventually.until(() -> world.sightings.size() >= 2, Duration.ofSeconds(2));

    assertThat(world.sightings).hasSize(2);
    Sighting range = world.sightings.get(0);
    assertThat(range.mac()).contains(MacAddress.parse("0004f2aabbcc"));
    assertThat(range.request().status()).isEqualTo(206);
    assertThat(range.request().bytes()).isEqualTo(10);
    assertThat(range.request().method()).isEqualTo("GET");
    assertThat(range.request().path()).isEqualTo("acme/0004f2aabbcc-lines.cfg");
    assertThat(range.userAgent()).isEqualTo(World.AGENT);
    Sighting head = world.sightings.get(1);
    assertThat(head.request().method()).isEqualTo("HEAD");
    assertThat(head.request().status()).isEqualTo(200);
    assertThat(head.request().bytes()).isZero();
  }

  @Test
  void metricsCountRequestsByKindAndStatus() {
    world.phone("GET", "/acme/000000000000.cfg");
    world.phone("GET", "/acme/sip.ld", "Range", "bytes=0-99");
    world.phone("GET", "/acme/nothing.cfg");

    world.access.await(3);
    String scrape = world.registry.scrape();

    assertThat(scrape)
        .contains("ucprov_requests_total{kind=\"master\",protocol=\"http\",status=\"200\"} 1.0")
        .contains("ucprov_requests_total{kind=\"firmware\",protocol=\"http\",status=\"206\"} 1.0")
        .contains("ucprov_requests_total{kind=\"config\",protocol=\"http\",status=\"404\"} 1.0")
        .containsPattern("ucprov_served_bytes_total\\{protocol=\"http\"} 120\\.0");
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("(absent)");
  }
}
