package dev.ucprov.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands at the top of README.md are what a newcomer types first: run each {@code ./ucprov}
 * one as written (the demo on free ports, with every curl command it prints run by real curl), and
 * check that {@code .ci/run} runs the README's test command, so none of them can rot.
 */
class ReadmeCommandsIT {

  private static final Path ROOT = CliRun.repositoryRoot();
  private static final String DEMO = "./ucprov demo";

  @TempDir Path temp;

  /** Lines inside code fences before the first {@code ## } heading: the quick start. */
  private static List<String> quickStartCommands() throws IOException {
    List<String> commands = new ArrayList<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("```")) {
        fenced = !fenced;
      } else if (fenced && !line.isBlank()) {
        commands.add(line.replaceFirst("\\s+#.*$", "").strip());
      }
    }
    return commands;
  }

  @Test
  void theQuickStartIsInTheFirstLinesAndNamesTheCommands() throws IOException {
    List<String> head = Files.readAllLines(ROOT.resolve("README.md")).subList(0, 20);

    assertThat(String.join("\n", head))
        .contains(DEMO + "\n")
        .contains("./ucprov explain --tree examples/tree-ucs5 --mac 0004f2aabbcc")
        .contains("./ucprov --help")
        .contains("./mvnw verify")
        .contains(".ci/run");
    assertThat(quickStartCommands().getFirst()).isEqualTo(DEMO);
  }

  @Test
  void everyCommandOfTheQuickStartThatEndsWorks() throws Exception {
    List<String> commands =
        quickStartCommands().stream()
            .filter(c -> c.startsWith("./ucprov") && !c.startsWith(DEMO))
            .toList();
    assertThat(commands).isNotEmpty();

    for (String command : commands) {
      ProcessRun run = ProcessRun.of(ROOT, Map.of(), List.of("bash", "-c", command));

      assertThat(run.err()).as(command).isEmpty();
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).isNotBlank();
    }
  }

  /**
   * {@code ./ucprov demo} serves until stopped: start it as written, on free ports and a fresh data
   * directory, wait for its ready line, run each {@code curl} it printed (after its {@code export}
   * of the token) with real curl, then stop it with SIGTERM.
   */
  @Test
  void theDemoRunsAndEveryCurlCommandItPrintsSucceeds() throws Exception {
    assertThat(ProcessRun.of(ROOT, "bash", "-c", "command -v curl").exitCode())
        .as("curl is needed to run the README's demo commands; .ci/run installs it")
        .isZero();
    String command =
        DEMO + " --http 127.0.0.1:0 --admin 127.0.0.1:0 --data " + temp.resolve("data");
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-c", "exec " + command)
            .directory(ROOT.toFile())
            .redirectError(temp.resolve("demo.err").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    // As a newcomer runs it: a token of our own would make the demo print no export line.
    builder.environment().remove("UCPROV_ADMIN_TOKEN");
    Process demo = builder.start();
    List<String> out = new CopyOnWriteArrayList<>();
    Thread.ofPlatform().daemon().start(() -> collect(demo, out));
    try {
      awaitReady(demo, out);
      List<String> printed = out.stream().map(String::strip).toList();
      String export =
          printed.stream().filter(l -> l.startsWith("export ")).findFirst().orElseThrow();
      List<String> curls = printed.stream().filter(l -> l.startsWith("curl ")).toList();
      assertThat(curls).hasSizeGreaterThanOrEqualTo(4);

      for (String curl : curls) {
        String strict = curl.replaceFirst("^curl ", "curl --fail --silent --show-error ");
        ProcessRun run =
            ProcessRun.of(
                temp,
                Map.of(),
                List.of("bash", "-c", "set -euo pipefail; " + export + "; " + strict));

        assertThat(run.err()).as(curl).isEmpty();
        assertThat(run.exitCode()).as(curl).isZero();
        assertThat(run.out()).as(curl).isNotBlank();
      }
    } finally {
      demo.destroy();
      assertThat(demo.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(demo.exitValue()).isZero();
  }

  private void awaitReady(Process demo, List<String> out) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (out.stream().noneMatch(l -> l.startsWith("ucprov ready in "))) {
      if (!demo.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            "no ready line from "
                + DEMO
                + "; stdout: "
                + out
                + "; stderr: "
                + Files.readString(temp.resolve("demo.err")));
      }
      Thread.sleep(50);
    }
  }

  private static void collect(Process process, List<String> out) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      reader.lines().forEach(out::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      // the process ended
    }
  }

  @Test
  void ciRunsTheReadmeTestCommandInBatchMode() throws IOException {
    List<String> tests = quickStartCommands().stream().filter(c -> c.startsWith("./mvnw")).toList();
    assertThat(tests).containsExactly("./mvnw verify");

    List<String> ciCommands =
        Files.readAllLines(ROOT.resolve(".ci/run")).stream()
            .filter(l -> l.startsWith("./mvnw"))
            .map(l -> l.replace(" -B", ""))
            .toList();
    assertThat(ciCommands).containsExactlyElementsOf(tests);
  }
}
