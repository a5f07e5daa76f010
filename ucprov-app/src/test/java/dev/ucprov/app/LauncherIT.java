package dev.ucprov.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./ucprov} launcher as a user runs it: from other directories, through a symlink,
 * with relative paths. The jar is packaged before Failsafe runs, so the launcher must not rebuild:
 * any "building" line on stderr fails these tests.
 */
class LauncherIT {

  private static final Path ROOT = CliRun.repositoryRoot();
  private static final String LAUNCHER = ROOT.resolve("ucprov").toString();

  @TempDir Path temp;

  @Test
  void helpWorksFromAnotherDirectoryWithNothingOnStderr() throws Exception {
    ProcessRun run = ProcessRun.of(temp, LAUNCHER, "--help");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: ucprov").contains("explain", "lint");
  }

  @Test
  void explainJsonTakesTheTreeRelativeToTheCallersDirectory() throws Exception {
    ProcessRun run =
        ProcessRun.of(
            ROOT.resolve("examples"),
            LAUNCHER,
            "explain",
            "--tree",
            "tree-ucs5",
            "--mac",
            "0004F2AABBCC",
            "--format",
            "json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("mac").asText()).isEqualTo("0004f2aabbcc");
    assertThat(root.get("masterFile").asText()).isEqualTo("000000000000.cfg");
    assertThat(root.get("parameters").get("reg.1.address").get("value").asText()).isEqualTo("1001");
  }

  @Test
  void worksThroughASymlinkWithATreeInTheCallersDirectory() throws Exception {
    Path link = Files.createSymbolicLink(temp.resolve("ucprov"), Path.of(LAUNCHER));
    Files.createDirectories(temp.resolve("tree"));
    Files.writeString(
        temp.resolve("tree/000000000000.cfg"), "<APPLICATION CONFIG_FILES=\"site.cfg\"/>");
    Files.writeString(temp.resolve("tree/site.cfg"), "<polycomConfig reg.1.address=\"42\"/>");

    ProcessRun run =
        ProcessRun.of(
            temp,
            link.toString(),
            "explain",
            "--tree",
            "tree",
            "--mac",
            "0004f2aabbcc",
            "--param",
            "reg.1.address");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .anyMatch(l -> l.matches("reg\\.1\\.address\\s+42\\s+site\\.cfg:1"));
  }

  @Test
  void badInputExitsTwoWithOneLineAndLintErrorsExitOne() throws Exception {
    ProcessRun badMac =
        ProcessRun.of(temp, LAUNCHER, "explain", "--tree", ".", "--mac", "not-a-mac");
    assertThat(badMac.exitCode()).isEqualTo(2);
    assertThat(badMac.out()).isEmpty();
    assertThat(badMac.err())
        .startsWith("ucprov explain: invalid value for option '--mac'")
        .hasLineCount(1);

    Files.writeString(temp.resolve("site.cfg"), "<polycomConfig/>");
    ProcessRun lint = ProcessRun.of(temp, LAUNCHER, "lint", "--tree", ".");
    assertThat(lint.err()).isEmpty();
    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.out()).contains("missing-master");
  }

  @Test
  void withoutAJdk21ItSaysSoInOneLineAndExitsTwo() throws Exception {
    Path bin = Files.createDirectories(temp.resolve("bin"));
    for (String tool : List.of("bash", "dirname", "readlink", "sed", "head")) {
      Path real = Path.of("/usr/bin", tool);
      Files.createSymbolicLink(
          bin.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
    }
    Map<String, String> env =
        Map.of(
            "PATH", bin.toString(),
            "JAVA_HOME", temp.resolve("no-jdk").toString(),
            "UCPROV_JDK_SEARCH_DIR", temp.resolve("no-jvms").toString());

    ProcessRun run = ProcessRun.of(temp, env, List.of(LAUNCHER, "--help"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("ucprov: no JDK 21 or newer found (checked JAVA_HOME, ")
        .hasLineCount(1);
  }
}
