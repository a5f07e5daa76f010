package dev.ucprov.ftp;

import static dev.ucprov.ftp.FtpWorld.ACME_NET;
import static dev.ucprov.ftp.FtpWorld.ALICE;
import static dev.ucprov.ftp.FtpWorld.BOB;
import static dev.ucprov.ftp.FtpWorld.ELSEWHERE;
import static dev.ucprov.ftp.FtpWorld.quietly;
import static dev.ucprov.ftp.FtpWorld.retrieve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ucprov.core.abuse.AbuseLimits;
import dev.ucprov.core.inventory.Sighting;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 point 3 (reads): each login sees only what it may read, with the bytes HTTP answers the
 * same credentials; no listing shows other devices' files; nothing escapes the root.
 */
class FtpReadIT {

  private static final byte[] FIRMWARE = firmware();

  private FtpWorld world;

  @BeforeEach
  void start() {
    world = new FtpWorld();
    world.file(world.acme.id(), "000000000000.cfg", "<APPLICATION CONFIG_FILES=\"site.cfg\"/>");
    world.file(world.acme.id(), "site.cfg", "<polycomConfig site=\"acme\"/>");
    world.file(world.acme.id(), "config/features.cfg", "<polycomConfig feature=\"1\"/>");
    world.template(
        world.acme.id(), "[PHONE_MAC_ADDRESS]-lines.cfg", "line {{ device.variables.line }}");
    world.file(world.acme.id(), "overrides/0004f2000001-phone.cfg", "alice override");
    world.file(world.acme.id(), "overrides/0004f2000002-phone.cfg", "bob override");
    world.shared("sip.ld", FIRMWARE);
  }

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void everyFileReadsAsHttpServesItToTheSameCredentials() throws IOException {
    FTPClient alice = world.login(ELSEWHERE, "alice", "a1");
    try {
      for (String path :
          List.of(
              "000000000000.cfg",
              "site.cfg",
              "config/features.cfg",
              "0004f2000001-lines.cfg",
              "overrides/0004f2000001-phone.cfg",
              "sip.ld")) {
        assertThat(retrieve(alice, path)).as(path).isPresent();
        assertThat(retrieve(alice, path).get())
            .as(path)
            .isEqualTo(world.overHttp(path, "alice", "a1").orElseThrow());
      }
      assertThat(text(retrieve(alice, "0004f2000001-lines.cfg"))).isEqualTo("line ext-0001");
    } finally {
      quietly(alice);
    }
  }

  @Test
  void aDeviceLoginCannotReadAnotherDevicesFilesNorSeeThem() throws IOException {
    FTPClient alice = world.login(ELSEWHERE, "alice", "a1");
    try {
      for (String path : List.of("overrides/0004f2000002-phone.cfg", "0004f2000002-lines.cfg")) {
        assertThat(retrieve(alice, path)).as(path).isEmpty();
        assertThat(alice.getReplyCode()).as(path).isEqualTo(550);
        assertThat(alice.getReplyString()).contains("no such file");
      }
      assertThat(names(alice.listFiles("/")))
          .containsExactly(
              "config",
              "overrides",
              "000000000000.cfg",
              "0004f2000001-lines.cfg",
              "sip.ld",
              "site.cfg");
      assertThat(names(alice.listFiles("/overrides"))).containsExactly("0004f2000001-phone.cfg");
      assertThat(Arrays.asList(alice.listNames("/overrides")))
          .containsExactly("0004f2000001-phone.cfg");
      assertThat(names(alice.mlistDir("/overrides"))).containsExactly("0004f2000001-phone.cfg");
    } finally {
      quietly(alice);
    }
  }

  @Test
  void aTenantLoginListsNoPerDeviceFiles() throws IOException {
    FTPClient boss = world.login(ELSEWHERE, "boss", "acme-pw");
    try {
      assertThat(names(boss.listFiles()))
          .containsExactly("config", "000000000000.cfg", "sip.ld", "site.cfg");
      assertThat(names(boss.listFiles("overrides"))).isEmpty();
      FTPFile firmware =
          Arrays.stream(boss.listFiles())
              .filter(f -> f.getName().equals("sip.ld"))
              .findFirst()
              .orElseThrow();
      assertThat(firmware.getSize()).isEqualTo(FIRMWARE.length);
      assertThat(firmware.isFile()).isTrue();
    } finally {
      quietly(boss);
    }
  }

  @Test
  void sizeAndMdtmAnswerFromTheSameReplyAsRetr() throws IOException {
    FTPClient alice = world.login(ELSEWHERE, "alice", "a1");
    try {
      alice.setFileType(FTP.BINARY_FILE_TYPE);
      assertThat(alice.getSize("sip.ld")).isEqualTo(Long.toString(FIRMWARE.length));
      assertThat(alice.getSize("0004f2000001-lines.cfg")).isEqualTo("13");
      assertThat(alice.getModificationTime("site.cfg")).isEqualTo("20261125100000.000");
      assertThat(alice.getSize("overrides/0004f2000002-phone.cfg")).isNull();
      assertThat(alice.getReplyCode()).isEqualTo(550);
      assertThat(alice.getModificationTime("overrides/0004f2000002-phone.cfg")).isNull();
      assertThat(alice.getReplyCode()).isEqualTo(550);
    } finally {
      quietly(alice);
    }
  }

  @Test
  void restResumesARetr() throws IOException {
    FTPClient alice = world.login(ELSEWHERE, "alice", "a1");
    try {
      alice.setFileType(FTP.BINARY_FILE_TYPE);
      alice.setRestartOffset(70_000);
      byte[] tail;
      try (InputStream in = alice.retrieveFileStream("sip.ld")) {
        tail = in.readAllBytes();
      }
      assertThat(alice.completePendingCommand()).isTrue();
      assertThat(tail).isEqualTo(Arrays.copyOfRange(FIRMWARE, 70_000, FIRMWARE.length));
      assertThat(retrieve(alice, "sip.ld"))
          .hasValueSatisfying(all -> assertThat(all).isEqualTo(FIRMWARE));

      alice.setRestartOffset(FIRMWARE.length + 1L);
      assertThat(alice.retrieveFileStream("sip.ld")).isNull();
      assertThat(alice.getReplyCode()).isEqualTo(554);
    } finally {
      quietly(alice);
    }
  }

  @Test
  void cwdAndPwdStayWithinTheRootAndNothingEscapesIt() throws IOException {
    world.file(world.globex.id(), "site.cfg", "globex secret");
    FTPClient boss = world.login(ELSEWHERE, "boss", "acme-pw");
    try {
      assertThat(boss.changeWorkingDirectory("config")).isTrue();
      assertThat(boss.printWorkingDirectory()).isEqualTo("/config");
      assertThat(text(retrieve(boss, "features.cfg"))).isEqualTo("<polycomConfig feature=\"1\"/>");
      assertThat(text(retrieve(boss, "../site.cfg"))).isEqualTo("<polycomConfig site=\"acme\"/>");
      assertThat(boss.changeWorkingDirectory("..")).isTrue();
      assertThat(boss.printWorkingDirectory()).isEqualTo("/");
      assertThat(boss.changeWorkingDirectory("..")).isFalse();
      assertThat(boss.changeWorkingDirectory("site.cfg")).isFalse();
      for (String escape :
          List.of(
              "../site.cfg",
              "../../etc/passwd",
              "/../globex/site.cfg",
              "config/../../site.cfg",
              "..\\site.cfg")) {
        assertThat(retrieve(boss, escape)).as(escape).isEmpty();
        assertThat(boss.getReplyCode()).as(escape).isEqualTo(550);
      }
      assertThat(retrieve(boss, "globex/site.cfg")).isEmpty();
      assertThat(boss.printWorkingDirectory()).isEqualTo("/");
    } finally {
      quietly(boss);
    }
  }

  @Test
  void commandsThatChangeFilesAreRefused() throws IOException {
    FTPClient boss = world.login(ELSEWHERE, "boss", "acme-pw");
    try {
      assertThat(boss.deleteFile("site.cfg")).isFalse();
      assertThat(boss.getReplyCode()).isEqualTo(550);
      assertThat(boss.makeDirectory("new")).isFalse();
      assertThat(boss.getReplyCode()).isEqualTo(550);
      assertThat(boss.removeDirectory("config")).isFalse();
      assertThat(boss.getReplyCode()).isEqualTo(550);
      assertThat(boss.rename("site.cfg", "old.cfg")).isFalse();
      assertThat(boss.getReplyCode()).isEqualTo(550);
      assertThat(text(retrieve(boss, "site.cfg"))).isEqualTo("<polycomConfig site=\"acme\"/>");
    } finally {
      quietly(boss);
    }
  }

  @Test
  void aTemplateThatCannotRenderIs451() throws IOException {
    world.template(world.acme.id(), "broken.cfg", "{{ device.mac! }}");
    FTPClient boss = world.login(ELSEWHERE, "boss", "acme-pw");
    try {
      assertThat(retrieve(boss, "broken.cfg")).isEmpty();
      assertThat(boss.getReplyCode()).isEqualTo(451);
    } finally {
      quietly(boss);
    }
  }

  @Test
  void transfersWriteAccessLinesMetricsAndInventorySightings() throws IOException {
    FTPClient alice = world.login(ACME_NET, "alice", "a1");
    try {
      assertThat(retrieve(alice, "0004f2000001-lines.cfg")).isPresent();
      assertThat(retrieve(alice, "overrides/0004f2000002-phone.cfg")).isEmpty();
    } finally {
      quietly(alice);
    }
    assertThat(world.access.await(3))
        .anySatisfy(line -> assertThat(line).contains(" 127.0.0.2 acme PASS - 230 0 "))
        .anySatisfy(line ->
            assertThat(line)
                .contains(" 127.0.0.2 acme RETR /0004f2000001-lines.cfg 226 13 ")
                .endsWith(" \"-\""))
        .anySatisfy(line ->
            assertThat(line)
                .contains(" 127.0.0.2 acme RETR /overrides/0004f2000002-phone.cfg 550 0 "));
    assertThat(world.counted)
        .containsExactly("0004f2000001-lines.cfg 200 13", "overrides/0004f2000002-phone.cfg 403 0");
    assertThat(world.sightings)
        .extracting(Sighting::mac, s -> s.request().method(), s -> s.request().status())
        .contains(tuple(Optional.of(ALICE), "RETR", 200), tuple(Optional.of(BOB), "RETR", 403));
  }

  @Test
  void activeModeWorksToo() throws IOException {
    FTPClient boss = world.login(ELSEWHERE, "boss", "acme-pw");
    try {
      boss.enterLocalActiveMode();
      assertThat(text(retrieve(boss, "site.cfg"))).isEqualTo("<polycomConfig site=\"acme\"/>");
      assertThat(names(boss.listFiles())).contains("site.cfg");
    } finally {
      quietly(boss);
    }
  }

  @Test
  void passiveDataConnectionsUseOnlyTheConfiguredPorts() throws IOException {
    world.close();
    int first = freeRange(3);
    world =
        new FtpWorld(new PassivePorts(first, first + 2), Optional.empty(), AbuseLimits.defaults());
    world.file(world.acme.id(), "site.cfg", "acme site");
    FTPClient boss = world.login(ELSEWHERE, "boss", "acme-pw");
    try {
      for (int i = 0; i < 5; i++) {
        assertThat(text(retrieve(boss, "site.cfg"))).isEqualTo("acme site");
        assertThat(boss.getPassivePort()).isBetween(first, first + 2);
      }
    } finally {
      quietly(boss);
    }
  }

  /** The first of {@code count} consecutive ports nothing listens on now (bounded tries). */
  private static int freeRange(int count) throws IOException {
    for (int base = 42_000; base < 42_000 + 200 * count; base += count) {
      boolean free = true;
      for (int port = base; port < base + count && free; port++) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
          free = probe.isBound();
        } catch (IOException taken) {
          free = false;
        }
      }
      if (free) {
        return base;
      }
    }
    throw new IOException("no free range of " + count + " ports near 42000");
  }

  private static List<String> names(FTPFile[] files) {
    return Arrays.stream(files).map(FTPFile::getName).toList();
  }

  private static String text(Optional<byte[]> bytes) {
    assertThat(bytes).isPresent();
    return new String(bytes.get(), StandardCharsets.UTF_8);
  }

  private static byte[] firmware() {
    byte[] bytes = new byte[100_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + (i >> 8));
    }
    return bytes;
  }
}
