package dev.ucprov.app.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.CliRun;
import dev.ucprov.core.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's rule table is {@code ucprov lint --list-rules}; this keeps the two from drifting. */
class ReadmeRulesTest {

  private static final Pattern ROW =
      Pattern.compile("^\\| `([a-z0-9-]+)` \\| (\\w+) \\| (.*) \\|$");

  @Test
  void theReadmeTableListsEveryRuleInOrderWithItsSeverityAndSummary() throws IOException {
    List<String> readme = Files.readAllLines(CliRun.repositoryRoot().resolve("README.md"));
    int start = readme.indexOf("### Rules");
    assertThat(start).as("a '### Rules' section in README.md").isNotNegative();
    List<String> rows =
        readme.stream()
            .skip(start + 1)
            .takeWhile(line -> !line.startsWith("#"))
            .map(ROW::matcher)
            .filter(Matcher::matches)
            .map(m -> m.group(1) + " | " + m.group(2) + " | " + unescape(m.group(3)))
            .toList();

    assertThat(rows)
        .as("README.md rule table; regenerate it from `./ucprov lint --list-rules`")
        .containsExactlyElementsOf(
            Linter.standard().rules().stream()
                .map(r -> r.id() + " | " + r.severity().label() + " | " + r.summary())
                .toList());
  }

  private static String unescape(String cell) {
    return cell.replace("\\|", "|").replace("&lt;", "<").replace("&gt;", ">");
  }
}
