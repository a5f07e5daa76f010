package dev.ucprov.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The commands at the top of README.md are what a newcomer types first: run each {@code ./ucprov}
 * one as written, and check that {@code .ci/run} runs the README's test command, so neither can
 * rot.
 */
class ReadmeCommandsIT {

  private static final Path ROOT = CliRun.repositoryRoot();

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
  void theQuickStartIsInTheFirstLinesAndNamesBothCommands() throws IOException {
    List<String> head = Files.readAllLines(ROOT.resolve("README.md")).subList(0, 20);

    assertThat(String.join("\n", head))
        .contains("./ucprov --help")
        .contains("./ucprov explain --tree examples/tree-ucs5 --mac 0004f2aabbcc")
        .contains("./mvnw verify")
        .contains(".ci/run");
  }

  @Test
  void everyRunCommandOfTheQuickStartWorks() throws Exception {
    List<String> commands =
        quickStartCommands().stream().filter(c -> c.startsWith("./ucprov")).toList();
    assertThat(commands).hasSizeGreaterThanOrEqualTo(2);

    for (String command : commands) {
      ProcessRun run = ProcessRun.of(ROOT, Map.of(), List.of("bash", "-c", command));

      assertThat(run.err()).as(command).isEmpty();
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).isNotBlank();
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
