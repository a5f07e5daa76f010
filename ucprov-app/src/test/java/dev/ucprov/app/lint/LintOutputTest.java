package dev.ucprov.app.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ucprov.core.lint.Finding;
import dev.ucprov.core.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintOutputTest {

  private static final List<Finding> FINDINGS =
      List.of(
          new Finding("missing-master", Severity.ERROR, "", 0, "no master config in the tree"),
          new Finding("web-ui-enabled", Severity.WARNING, "sip.cfg", 14, "httpd.cfg.enabled is 1"),
          new Finding("polling-disabled", Severity.INFO, "sip.cfg", 15, "phones never poll"));

  @Test
  void textIsAlignedWithLocationSeverityRuleMessage() {
    assertThat(new LintText(FINDINGS).lines())
        .containsExactly(
            "(tree)      error    missing-master    no master config in the tree",
            "sip.cfg:14  warning  web-ui-enabled    httpd.cfg.enabled is 1",
            "sip.cfg:15  info     polling-disabled  phones never poll",
            "1 error, 1 warning, 1 info");
  }

  @Test
  void summaryCountsEachSeverityWithPlurals() {
    assertThat(new LintText(List.of()).lines()).containsExactly("0 errors, 0 warnings, 0 info");
    List<Finding> two =
        List.of(
            new Finding("a", Severity.ERROR, "x.cfg", 0, "m"),
            new Finding("b", Severity.ERROR, "x.cfg", 0, "m"));
    assertThat(new LintText(two).lines()).last().isEqualTo("2 errors, 0 warnings, 0 info");
  }

  @Test
  void jsonHasOneObjectPerFindingWithEveryField() throws Exception {
    JsonNode root = new ObjectMapper().readTree(new LintJson().render(FINDINGS));

    assertThat(root.properties()).extracting(e -> e.getKey()).containsExactly("findings");
    JsonNode web = root.get("findings").get(1);
    assertThat(web.properties())
        .extracting(e -> e.getKey())
        .containsExactly("rule", "severity", "file", "line", "message");
    assertThat(web.get("rule").asText()).isEqualTo("web-ui-enabled");
    assertThat(web.get("severity").asText()).isEqualTo("warning");
    assertThat(web.get("file").asText()).isEqualTo("sip.cfg");
    assertThat(web.get("line").asInt()).isEqualTo(14);
    assertThat(web.get("message").asText()).isEqualTo("httpd.cfg.enabled is 1");
    assertThat(root.get("findings").get(0).get("file").asText()).isEmpty();
  }
}
