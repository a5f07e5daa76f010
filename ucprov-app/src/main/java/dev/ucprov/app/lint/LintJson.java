package dev.ucprov.app.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.app.cli.JsonOutput;
import dev.ucprov.core.lint.Finding;
import dev.ucprov.core.lint.RuleDescription;
import java.util.List;

/**
 * {@code ucprov lint --format json}: {@code {"findings": [...]}}, documented in README.md; add
 * keys, never rename or remove one.
 */
final class LintJson {

  private final JsonOutput json = new JsonOutput();

  String render(List<Finding> findings) {
    ObjectNode root = JsonOutput.object();
    ArrayNode array = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode node = array.addObject();
      node.put("rule", f.rule());
      node.put("severity", f.severity().label());
      node.put("file", f.file());
      node.put("line", f.line());
      node.put("message", f.message());
    }
    return json.render(root);
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
