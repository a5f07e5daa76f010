package dev.ucprov.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The top-level command: help, version, and what happens without a subcommand. */
class MainTest {

  @Test
  void helpListsTheCommandsOnStdout() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: ucprov").contains("explain", "lint", "help");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void helpSubcommandShowsACommandsOptions() {
    CliRun run = CliRun.of("help", "explain");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: ucprov explain", "--tree=DIR", "--mac=MAC", "--param");
  }

  @Test
  void versionNamesTheProjectVersionAndTheJava() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("^ucprov \\d+\\.\\d+\\.\\d+\\S*\\nJava \\d+");
    assertThat(run.out()).doesNotContain("${project.version}");
  }

  @Test
  void subcommandsInheritVersionAndTheExitStatusFooter() {
    CliRun version = CliRun.of("lint", "--version");
    CliRun help = CliRun.of("explain", "--help");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("ucprov ");
    assertThat(help.out()).contains("Options:", "Exit status: 0 done, 1 lint found an error");
  }

  @Test
  void noCommandIsBadUsageInOneLine() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "ucprov: missing command: serve, demo, explain, lint, import, export, check-sync, sim, loadtest or help (see 'ucprov --help')\n");
  }

  @Test
  void anUnknownCommandIsBadUsageInOneLine() {
    CliRun run = CliRun.of("explian");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("ucprov: unmatched argument at index 0: 'explian'");
    assertThat(run.err()).endsWith("(see 'ucprov --help')\n").hasLineCount(1);
  }
}
