package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where the phone listener answers (ADR 0020), as {@code ucprov_phone_answers_total{thread}} shows
 * it: from memory on the network thread when it can, on a virtual thread when a read would block, a
 * body is streamed, or a phone uploads; and a phone that stops reading holds up no other phone.
 */
class InlineAnswersIT {

  private static final Pattern ANSWERS =
      Pattern.compile("ucprov_phone_answers_total\\{thread=\"(network|virtual)\"[^}]*} ([0-9.]+)");
  private static final byte[] CONFIG = new byte[30_000];
  private static final byte[] FIRMWARE = new byte[200_000];

  static {
    Arrays.fill(CONFIG, (byte) 'c');
    Arrays.fill(FIRMWARE, (byte) 'f');
  }

  private World world;

  @BeforeEach
  void acme() throws Exception {
    world = new World();
    world.tenant("acme");
    world.device("acme", "0004f2aabbcc");
    world.file("acme", "000000000000.cfg", "<master/>\n");
    world.file("acme", "big.cfg", new String(CONFIG, StandardCharsets.US_ASCII));
    world.shared("sip.ld", FIRMWARE);
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void aFileInMemoryIsAnsweredOnTheNetworkThread() {
    for (int i = 0; i < 3; i++) {
      assertThat(world.phone("GET", "/acme/000000000000.cfg").statusCode()).isEqualTo(200);
    }
    assertThat(world.phone("HEAD", "/acme/000000000000.cfg").statusCode()).isEqualTo(200);
    assertThat(world.phone("GET", "/acme/nothing.cfg").statusCode()).isEqualTo(404);

    // A phone has its answer before the listener counts it; the access line comes after the count.
    world.access.await(5);
    assertThat(answers("network")).isEqualTo(5);
    assertThat(answers("virtual")).isZero();
  }

  @Test
  void aReadThatWouldBlockMovesTheAnswerToAVirtualThreadWithTheSameBytes() {
    HttpResponse<byte[]> fromMemory = world.phone("GET", "/acme/big.cfg");
    world.blobs.block(true);
    HttpResponse<byte[]> afterWaiting = world.phone("GET", "/acme/big.cfg");

    assertThat(afterWaiting.statusCode()).isEqualTo(200);
    assertThat(afterWaiting.body()).isEqualTo(fromMemory.body()).isEqualTo(CONFIG);
    assertThat(afterWaiting.headers().firstValue("ETag"))
        .isEqualTo(fromMemory.headers().firstValue("ETag"));
    world.access.await(2);
    assertThat(answers("network")).isEqualTo(1);
    assertThat(answers("virtual")).isEqualTo(1);
  }

  @Test
  void aBodyOfMoreThanOneChunkIsStreamedFromAVirtualThread() {
    HttpResponse<byte[]> firmware = world.phone("GET", "/acme/sip.ld");

    assertThat(firmware.body()).isEqualTo(FIRMWARE);
    world.access.await(1);
    assertThat(answers("virtual")).isEqualTo(1);
    assertThat(answers("network")).isZero();
  }

  @Test
  void anUploadIsTakenOnAVirtualThread() {
    HttpResponse<byte[]> put =
        world.send(
            world.servers.phoneUri(),
            "PUT",
            "/acme/0004f2aabbcc-phone.cfg",
            "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>".getBytes(StandardCharsets.UTF_8));

    assertThat(put.statusCode()).isEqualTo(201);
    world.access.await(1);
    assertThat(answers("virtual")).isEqualTo(1);
  }

  @Test
  void aPhoneThatStopsReadingHoldsUpNoOtherPhone() throws Exception {
    int port = world.servers.phoneUri().getPort();
    String request = "GET /acme/big.cfg HTTP/1.1\r\nHost: localhost\r\n\r\n";
    // 2,000 answers of 30 KB: far more than both sockets' buffers hold, so the listener's writes
    // to this phone stay pending while the test runs.
    try (Socket stuck = new Socket("127.0.0.1", port);
        HttpClient other = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
      stuck.setReceiveBufferSize(4096);
      OutputStream out = stuck.getOutputStream();
      out.write(request.repeat(2_000).getBytes(StandardCharsets.US_ASCII));
      out.flush();

      for (int i = 0; i < 20; i++) {
        HttpResponse<byte[]> answer =
            other.send(
                HttpRequest.newBuilder(URI.create(world.servers.phoneUri() + "/acme/big.cfg"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(CONFIG);
      }

      // The stuck phone still gets whole answers once it reads again.
      stuck.setSoTimeout(10_000);
      InputStream in = stuck.getInputStream();
      byte[] start = in.readNBytes(12);
      assertThat(new String(start, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
    }
  }

  private long answers(String thread) {
    String metrics = World.text(world.admin("GET", "/metrics", null));
    Matcher m = ANSWERS.matcher(metrics);
    while (m.find()) {
      if (m.group(1).equals(thread)) {
        return (long) Double.parseDouble(m.group(2));
      }
    }
    throw new AssertionError(
        "no ucprov_phone_answers_total{thread=\"" + thread + "\"} in\n" + metrics);
  }
}
