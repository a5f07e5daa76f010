package dev.ucprov.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```console} block of README.md starts with {@code $ ./ucprov ...} and shows its
 * exact output: run it in-process and compare, so the examples cannot drift from the code.
 */
class ReadmeExamplesTest {

  /** A console block: the command's arguments and the output shown under it. */
  private record Example(List<String> args, String output) {}

  @Test
  void everyConsoleExampleShowsWhatTheCommandPrints() throws IOException {
    List<Example> examples = examples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(2);

    for (Example example : examples) {
      CliRun run = CliRun.of(example.args().toArray(String[]::new));

      assertThat(run.err()).as(example.args().toString()).isEmpty();
      assertThat(run.out()).as(example.args().toString()).isEqualTo(example.output());
    }
  }

  private static List<Example> examples() throws IOException {
    List<String> lines = Files.readAllLines(CliRun.repositoryRoot().resolve("README.md"));
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals("```console")) {
        continue;
      }
      String command = lines.get(++i);
      assertThat(command).startsWith("$ ./ucprov ");
      StringBuilder output = new StringBuilder();
      while (!lines.get(++i).equals("```")) {
        output.append(lines.get(i)).append('\n');
      }
      examples.add(
          new Example(arguments(command.substring("$ ./ucprov ".length())), output.toString()));
    }
    return examples;
  }

  /** Splits on spaces, honouring single quotes; a tree path is taken from the repository root. */
  private static List<String> arguments(String line) {
    List<String> args = new ArrayList<>();
    for (String word : line.split(" (?=(?:[^']*'[^']*')*[^']*$)")) {
      String arg = word.replace("'", "");
      boolean tree = !args.isEmpty() && args.getLast().equals("--tree");
      args.add(tree ? CliRun.repositoryRoot().resolve(arg).toString() : arg);
    }
    return args;
  }
}
