package dev.ucprov.app.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.app.cli.JsonOutput;
import dev.ucprov.core.lint.Finding;
import dev.ucprov.core.lint.RuleDescription;
import dev.ucprov.http.admin.ExplainJson;
import java.util.List;

/**
 * {@code ucprov lint --format json}: {@code {"findings": [...]}}, documented in README.md; add
 * keys, never rename or remove one.
 */
final class LintJson {

  private final JsonOutput json = new JsonOutput();

  /** The same document as the admin API's lint route, from the same writer. */
  String render(List<Finding> findings) {
    return json.render(ExplainJson.findings(findings));
  }

  /**
   * {@code ucprov lint --list-rules --format json}: {@code {"rules": [{id, severity, summary}]}}.
   */
  String renderRules(List<RuleDescription> rules) {
    ObjectNode root = JsonOutput.object();
    ArrayNode array = root.putArray("rules");
    for (RuleDescription rule : rules) {
      ObjectNode node = array.addObject();
      node.put("id", rule.id());
      node.put("severity", rule.severity().label());
      node.put("summary", rule.summary());
    }
    return json.render(root);
  }
}
