package dev.ucprov.ftp;

import static dev.ucprov.ftp.FtpWorld.ACME_NET;
import static dev.ucprov.ftp.FtpWorld.ELSEWHERE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.upload.UploadName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5 point 5 for FTP: curl and lftp, as real clients, against the listener. */
class FtpClientsIT {

  private FtpWorld world;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    world = new FtpWorld();
    world.file(world.acme.id(), "site.cfg", "<polycomConfig site=\"acme\"/>");
    world.template(
        world.acme.id(), "[PHONE_MAC_ADDRESS]-lines.cfg", "line {{ device.variables.line }}");
    world.file(world.acme.id(), "overrides/0004f2000002-phone.cfg", "bob override");
  }

  @AfterEach
  void stop() {
    world.close();
  }

  @Test
  void curlDownloadsWhatHttpServesAndUploadsIntoADirectory() throws IOException {
    Cli.need("curl");
    Cli.Result lines = curl(ELSEWHERE, "alice:a1", "/0004f2000001-lines.cfg");
    assertThat(lines.exit()).as(lines.err()).isZero();
    assertThat(lines.out())
        .isEqualTo(world.overHttp("0004f2000001-lines.cfg", "alice", "a1").orElseThrow());

    Path log = Files.writeString(dir.resolve("app.log"), "1125|app|1|00|up\n");
    Cli.Result upload =
        curl(ELSEWHERE, "alice:a1", "/logs/0004f2000001-app.log", "-T", log.toString());
    assertThat(upload.exit()).as(upload.err()).isZero();
    assertThat(stored("0004f2000001-app.log")).isEqualTo("1125|app|1|00|up\n");

    Cli.Result listing = curl(ELSEWHERE, "alice:a1", "/", "--list-only");
    assertThat(listing.text().lines().toList())
        .contains("0004f2000001-lines.cfg", "0004f2000001-app.log", "site.cfg")
        .doesNotContain("0004f2000002-lines.cfg");
    Cli.Result other = curl(ELSEWHERE, "alice:a1", "/overrides/0004f2000002-phone.cfg");
    assertThat(other.exit()).isEqualTo(78);
  }

  @Test
  void curlIsRefusedWithAWrongPasswordAndLetInWithTheFactoryAccountFromItsNetwork() {
    Cli.need("curl");
    assertThat(curl(ELSEWHERE, "alice:wrong", "/site.cfg").exit()).isEqualTo(67);
    assertThat(curl(ELSEWHERE, "PlcmSpIp:PlcmSpIp", "/site.cfg").exit()).isEqualTo(67);
    Cli.Result factory = curl(ACME_NET, "PlcmSpIp:PlcmSpIp", "/site.cfg");
    assertThat(factory.exit()).as(factory.err()).isZero();
    assertThat(factory.text()).isEqualTo("<polycomConfig site=\"acme\"/>");
  }

  @Test
  void lftpReadsListsAndUploads() throws IOException {
    Cli.need("lftp");
    Path override =
        Files.writeString(
            dir.resolve("phone.cfg"),
            "<PHONE_CONFIG><OVERRIDES reg.1.label=\"Desk\"/></PHONE_CONFIG>");
    Cli.Result result =
        lftp(
            "alice",
            "a1",
            "cat 0004f2000001-lines.cfg; echo; cls -1 /; cls -1 /overrides;"
                + " put "
                + override
                + " -o overrides/0004f2000001-phone.cfg; cat overrides/0004f2000001-phone.cfg");
    assertThat(result.exit()).as(result.err()).isZero();
    List<String> lines = result.text().lines().toList();
    assertThat(lines.get(0)).isEqualTo("line ext-0001");
    assertThat(lines)
        .contains("/site.cfg", "/0004f2000001-lines.cfg")
        .noneMatch(line -> line.contains("0004f2000002"));
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("<PHONE_CONFIG><OVERRIDES reg.1.label=\"Desk\"/></PHONE_CONFIG>");
    assertThat(stored("0004f2000001-phone.cfg")).contains("Desk");
  }

  @Test
  void lftpCannotClimbOutOfTheRoot() {
    Cli.need("lftp");
    Cli.Result result = lftp("boss", "acme-pw", "cd ..; pwd; cat ../site.cfg");
    assertThat(result.exit()).isNotZero();
    assertThat(result.text()).doesNotContain("polycomConfig");
  }

  private Cli.Result curl(String source, String user, String path, String... more) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                "curl",
                "-sS",
                "--max-time",
                "20",
                "--interface",
                source,
                "--user",
                user,
                "ftp://127.0.0.1:" + world.port() + path));
    command.addAll(List.of(more));
    return Cli.run(command);
  }

  private Cli.Result lftp(String user, String password, String commands) {
    return Cli.run(
        List.of(
            "lftp",
            "-c",
            "set cmd:fail-exit yes; set net:max-retries 1; set net:timeout 10;"
                + " set ftp:ssl-allow no; set ftp:passive-mode yes;"
                + " open -u "
                + user
                + ","
                + password
                + " -p "
                + world.port()
                + " 127.0.0.1; "
                + commands));
  }

  private String stored(String name) throws IOException {
    var version =
        world
            .store
            .uploads()
            .latest(world.acme.id(), UploadName.parse(name).orElseThrow())
            .orElseThrow();
    try (InputStream in = world.store.blobs().open(version.blob()).orElseThrow()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
