package dev.ucprov.ftp;

import static dev.ucprov.ftp.FtpWorld.ELSEWHERE;
import static dev.ucprov.ftp.FtpWorld.quietly;
import static dev.ucprov.ftp.FtpWorld.retrieve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 point 3 (writes): STOR, and APPE for logs, through the upload pipeline: validated,
 * versioned, capped; a refused or broken upload stores nothing.
 */
class FtpUploadIT {

  private static final Map<String, String> UPLOADS =
      Map.of(
          "0004f2000001-phone.cfg",
          "<PHONE_CONFIG><OVERRIDES reg.1.label=\"Desk\"/></PHONE_CONFIG>",
          "0004f2000001-web.cfg",
          "<PHONE_CONFIG><WEB up.backlight.idleIntensity=\"1\"/></PHONE_CONFIG>",
          "0004f2000001-directory.xml",
          "<directory><item_list><item><fn>Ann</fn><ct>1001</ct></item></item_list></directory>",
          "0004f2000001-calls.xml",
          "<calls><call name=\"A & B\"/></calls>",
          "0004f2000001-app.log",
          "1125100000|app|1|00|started\n");

  private FtpWorld world;
  private FTPClient alice;

  @BeforeEach
  void start() throws IOException {
    world = new FtpWorld();
    alice = world.login(ELSEWHERE, "alice", "a1");
    alice.setFileType(FTP.BINARY_FILE_TYPE);
  }

  @AfterEach
  void stop() {
    quietly(alice);
    world.close();
  }

  @Test
  void everyUploadKindBecomesAVersionThatReadsBackAsHttpServesIt() throws IOException {
    for (Map.Entry<String, String> upload : UPLOADS.entrySet()) {
      String name = upload.getKey();
      assertThat(store(alice, "overrides/" + name, upload.getValue())).as(name).isTrue();
      assertThat(alice.getReplyString())
          .as(name)
          .startsWith("226 Stored " + name + " as version 1");
      assertThat(text(latest(name).orElseThrow())).as(name).isEqualTo(upload.getValue());
      assertThat(retrieve(alice, name))
          .as(name)
          .hasValueSatisfying(bytes ->
              assertThat(bytes).isEqualTo(world.overHttp(name, "alice", "a1").orElseThrow()));
      assertThat(new String(retrieve(alice, name).orElseThrow(), StandardCharsets.UTF_8))
          .isEqualTo(upload.getValue());
    }
    assertThat(store(alice, "0004f2000001-phone.cfg", "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>"))
        .isTrue();
    assertThat(alice.getReplyString()).startsWith("226 Stored 0004f2000001-phone.cfg as version 2");
    assertThat(world.access.await(12))
        .anySatisfy(line ->
            assertThat(line).contains(" 127.0.0.1 acme STOR /overrides/0004f2000001-app.log 226 "));
    assertThat(world.counted).contains("/0004f2000001-phone.cfg 204 0");
  }

  @Test
  void appeAddsTheNewLinesToTheLogAsOneNewVersion() throws IOException {
    assertThat(store(alice, "logs/0004f2000001-boot.log", "line 1\n")).isTrue();
    assertThat(append(alice, "logs/0004f2000001-boot.log", "line 2\n")).isTrue();
    assertThat(alice.getReplyString()).startsWith("226 Stored 0004f2000001-boot.log as version 2");
    assertThat(append(alice, "0004f2000001-fresh.log", "only\n")).isTrue();

    assertThat(text(latest("0004f2000001-boot.log").orElseThrow())).isEqualTo("line 1\nline 2\n");
    assertThat(text(latest("0004f2000001-fresh.log").orElseThrow())).isEqualTo("only\n");
    assertThat(versions("0004f2000001-boot.log")).hasSize(2);
  }

  @Test
  void appeBeyondTheCapKeepsTheNewestWholeLines() throws IOException {
    String old = "old line that goes\n".repeat(50);
    assertThat(store(alice, "0004f2000001-app.log", old.substring(0, 950))).isTrue();
    String added = "new line\n".repeat(10);
    assertThat(append(alice, "0004f2000001-app.log", added)).isTrue();

    String kept = text(latest("0004f2000001-app.log").orElseThrow());
    assertThat(kept.length()).isLessThanOrEqualTo(1024);
    assertThat(kept).endsWith(added).startsWith("old line that goes\n");
  }

  @Test
  void appeToAnythingButALogIsRefused() throws IOException {
    assertThat(append(alice, "0004f2000001-phone.cfg", "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>"))
        .isFalse();
    assertThat(alice.getReplyCode()).isEqualTo(550);
    assertThat(alice.getReplyString()).contains("APPE appends to logs only");
    assertThat(latest("0004f2000001-phone.cfg")).isEmpty();
  }

  @Test
  void invalidXmlIsRefusedWithLineAndColumnAndNothingIsStored() throws IOException {
    assertThat(
            store(
                alice,
                "0004f2000001-directory.xml",
                "<directory><item_list>\n<item><fn>Ann</fn></item>\n</item_list></directory>"))
        .isFalse();
    assertThat(alice.getReplyCode()).isEqualTo(551);
    assertThat(alice.getReplyString()).contains("line 2, column").contains("ct");
    assertThat(store(alice, "0004f2000001-phone.cfg", "<PHONE_CONFIG><OVERRIDES a=\"1\">"))
        .isFalse();
    assertThat(alice.getReplyCode()).isEqualTo(551);
    assertThat(alice.getReplyString()).contains("line 1, column");
    assertThat(latest("0004f2000001-directory.xml")).isEmpty();
    assertThat(latest("0004f2000001-phone.cfg")).isEmpty();
  }

  @Test
  void anUploadOverTheCapIs552AndStoresNothing() throws IOException {
    String big = "<PHONE_CONFIG><OVERRIDES a=\"" + "x".repeat(3000) + "\"/></PHONE_CONFIG>";
    boolean stored;
    try {
      stored = store(alice, "0004f2000001-phone.cfg", big);
    } catch (IOException brokenByTheServer) {
      stored = false;
      alice.getReply();
    }
    assertThat(stored).isFalse();
    assertThat(alice.getReplyCode()).isEqualTo(552);
    assertThat(alice.getReplyString()).contains("2048");
    assertThat(latest("0004f2000001-phone.cfg")).isEmpty();
  }

  @Test
  void aDataConnectionCutMidStorStoresNothing() throws IOException {
    assertThat(alice.pasv()).isEqualTo(227);
    String reply = alice.getReplyString();
    int[] numbers =
        java.util.Arrays.stream(
                reply.substring(reply.indexOf('(') + 1, reply.indexOf(')')).split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int port = numbers[4] * 256 + numbers[5];
    try (Socket data = new Socket()) {
      data.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      assertThat(alice.sendCommand("STOR", "0004f2000001-app.log")).isEqualTo(150);
      OutputStream out = data.getOutputStream();
      out.write("half a log line".getBytes(StandardCharsets.UTF_8));
      out.flush();
      data.setSoLinger(true, 0);
    }
    assertThat(alice.getReply()).isEqualTo(426);
    assertThat(alice.getReplyString()).contains("nothing was stored");
    assertThat(latest("0004f2000001-app.log")).isEmpty();
    assertThat(world.sightings).anySatisfy(s -> assertThat(s.request().status()).isEqualTo(400));
  }

  @Test
  void namesPhonesDoNotWriteAndOtherDevicesFilesAreRefused() throws IOException {
    assertThat(store(alice, "site.cfg", "<x/>")).isFalse();
    assertThat(alice.getReplyCode()).isEqualTo(553);
    assertThat(alice.getReplyString()).contains("not a file phones write");
    assertThat(store(alice, "0004f2000002-phone.cfg", "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>"))
        .isFalse();
    assertThat(alice.getReplyCode()).isEqualTo(550);
    assertThat(alice.getReplyString()).contains("permission denied");
    assertThat(store(alice, "../0004f2000001-app.log", "x\n")).isFalse();
    assertThat(alice.getReplyCode()).isEqualTo(553);

    FTPClient boss = world.login(ELSEWHERE, "boss", "acme-pw");
    try {
      assertThat(store(boss, "0004f2000003-app.log", "bare phone's log\n")).isTrue();
      assertThat(store(boss, "0004f2000001-app.log", "not alice\n")).isFalse();
      assertThat(boss.getReplyCode()).isEqualTo(550);
    } finally {
      quietly(boss);
    }
  }

  private static boolean store(FTPClient client, String path, String content) throws IOException {
    return client.storeFile(
        path, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static boolean append(FTPClient client, String path, String content) throws IOException {
    return client.appendFile(
        path, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  private Optional<UploadVersion> latest(String name) {
    return world.store.uploads().latest(world.acme.id(), UploadName.parse(name).orElseThrow());
  }

  private List<UploadVersion> versions(String name) {
    return world.store.uploads().versions(world.acme.id(), UploadName.parse(name).orElseThrow());
  }

  private String text(UploadVersion version) {
    try (InputStream in = world.store.blobs().open(version.blob()).orElseThrow()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
