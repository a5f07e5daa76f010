package dev.ucprov.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a user can get it wrong: exit 2 and exactly one line on stderr that says what and
 * where, never a stack trace, nothing on stdout.
 */
class UsageErrorsTest {

  private static final String UCS5 = CliRun.example("tree-ucs5");

  @TempDir Path temp;

  private static void assertUsageError(CliRun run, String line) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(line + "\n");
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }

  @Test
  void aBadMacNamesTheValueAndTheAcceptedForms() {
    assertUsageError(
        CliRun.of("explain", "--tree", UCS5, "--mac", "0004f2aabbc"),
        "ucprov explain: invalid value for option '--mac': not a MAC address: \"0004f2aabbc\""
            + " (expected 12 hex digits, optionally separated by ':' or '-' in pairs)"
            + " (see 'ucprov explain --help')");
  }

  @Test
  void aMissingTreeDirectoryIsNamed() {
    Path missing = temp.resolve("nope");

    assertUsageError(
        CliRun.of("explain", "--tree", missing.toString(), "--mac", "0004f2aabbcc"),
        "ucprov explain: tree directory not found: " + missing);
    assertUsageError(
        CliRun.of("lint", "--tree", missing.toString()),
        "ucprov lint: tree directory not found: " + missing);
  }

  @Test
  void aFileGivenAsTreeIsNamed() throws IOException {
    Path file = Files.writeString(temp.resolve("site.cfg"), "<x/>");

    assertUsageError(
        CliRun.of("lint", "--tree", file.toString()),
        "ucprov lint: tree path is not a directory: " + file);
  }

  @Test
  void anUnknownFormatNamesTheChoices() {
    assertUsageError(
        CliRun.of("explain", "--tree", UCS5, "--mac", "0004f2aabbcc", "--format", "xml"),
        "ucprov explain: invalid value for option '--format': unknown format 'xml' (expected text"
            + " or json) (see 'ucprov explain --help')");
    assertUsageError(
        CliRun.of("lint", "--tree", UCS5, "--format", "yaml"),
        "ucprov lint: invalid value for option '--format': unknown format 'yaml' (expected text"
            + " or json) (see 'ucprov lint --help')");
  }

  @Test
  void missingRequiredOptionsAreListed() {
    assertUsageError(
        CliRun.of("explain", "--tree", UCS5),
        "ucprov explain: missing required option: '--mac=MAC' (see 'ucprov explain --help')");
    assertUsageError(
        CliRun.of("lint"),
        "ucprov lint: missing required argument (specify one of these): (--tree=DIR |"
            + " --list-rules) (see 'ucprov lint --help')");
  }

  @Test
  void anUnknownOptionIsNamed() {
    CliRun run = CliRun.of("explain", "--tree", UCS5, "--mac", "0004f2aabbcc", "--verbose");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("ucprov explain: unknown option: '--verbose'").hasLineCount(1);
  }

  @Test
  void aStarInsideAParamIsRefused() {
    assertUsageError(
        CliRun.of("explain", "--tree", UCS5, "--mac", "0004f2aabbcc", "--param", "reg.*.address"),
        "ucprov explain: invalid value for option '--param' (NAME): 'reg.*.address' has a '*' before its"
            + " end; only a trailing '*' (a prefix) is supported (see 'ucprov explain --help')");
  }

  @Test
  void anUnreadableDirectoryInTheTreeIsNamed() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads every directory");
    Path tree = Files.createDirectories(temp.resolve("tree"));
    Files.writeString(tree.resolve("000000000000.cfg"), "<APPLICATION CONFIG_FILES=\"\"/>");
    Path logs = Files.createDirectories(tree.resolve("logs"));
    Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("---------"));
    try {
      assertUsageError(
          CliRun.of("lint", "--tree", tree.toString()),
          "ucprov lint: cannot read directory logs in tree "
              + tree.toRealPath()
              + ": permission denied");
    } finally {
      Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
