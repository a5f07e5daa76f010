package dev.ucprov.app.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.app.CliRun;
import dev.ucprov.core.lint.Linter;
import dev.ucprov.core.lint.RuleDescription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ucprov lint} run in-process: findings, exit codes, the rule list. */
class LintCommandTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void theUcs5ExampleHasNoErrorAndFlagsItsOrphanedFile() throws IOException {
    CliRun run = CliRun.of("lint", "--tree", CliRun.example("tree-ucs5"), "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode findings = mapper.readTree(run.out()).get("findings");
    assertThat(findings).noneMatch(f -> f.get("severity").asText().equals("error"));
    assertThat(findings)
        .anyMatch(f ->
            f.get("rule").asText().equals("unreachable-file")
                && f.get("file").asText().equals("old-site.cfg"));
  }

  @Test
  void anErrorExitsOneAndTheTextEndsWithTheCounts() throws IOException {
    Files.writeString(temp.resolve("site.cfg"), "<polycomConfig reg.1.address=\"1\"/>");

    CliRun run = CliRun.of("lint", "--tree", temp.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines())
        .anyMatch(l -> l.matches("\\(tree\\)\\s+error\\s+missing-master .*"));
    assertThat(run.out().lines().toList())
        .last()
        .asString()
        .matches("[1-9]\\d* errors?, \\d+ warnings?, \\d+ info");
  }

  @Test
  void warningsAloneExitZero() throws IOException {
    CliRun run = CliRun.of("lint", "--tree", CliRun.example("tree-ucs33"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("web-ui-enabled").endsWith(" warnings, 2 info\n");
  }

  @Test
  void listRulesShowsEveryStandardRule() throws IOException {
    CliRun run = CliRun.of("lint", "--list-rules", "--format", "json");

    assertThat(run.exitCode()).isZero();
    JsonNode rules = mapper.readTree(run.out()).get("rules");
    assertThat(rules)
        .extracting(r -> r.get("id").asText() + " " + r.get("severity").asText())
        .containsExactlyElementsOf(
            Linter.standard().rules().stream()
                .map(r -> r.id() + " " + r.severity().label())
                .toList());
    CliRun text = CliRun.of("lint", "--list-rules");
    assertThat(text.out().lines().toList().getFirst()).startsWith("RULE").contains("SEVERITY");
    RuleDescription first = Linter.standard().rules().getFirst();
    assertThat(text.out().lines().toList().get(1)).startsWith(first.id() + " ");
  }

  @Test
  void listRulesAndTreeTogetherIsBadUsage() {
    CliRun run = CliRun.of("lint", "--list-rules", "--tree", temp.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "ucprov lint: --tree=DIR, --list-rules are mutually exclusive (specify only one)"
                + " (see 'ucprov lint --help')\n");
  }
}
