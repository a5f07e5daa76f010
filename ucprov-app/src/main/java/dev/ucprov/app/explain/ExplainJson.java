package dev.ucprov.app.explain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.app.cli.JsonOutput;
import dev.ucprov.core.config.ConfigProblem;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveParameter;
import dev.ucprov.core.effective.MissingFile;
import dev.ucprov.core.effective.NotApplied;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ucprov explain --format json}. The key names and nesting are a public contract, documented
 * field by field in README.md: add keys, never rename or remove one.
 */
final class ExplainJson {

  private final JsonOutput json = new JsonOutput();

  String render(EffectiveConfig config) {
    ObjectNode root = JsonOutput.object();
    root.put("mac", config.mac().value());
    putOptional(root, "model", config.model());
    putOptional(root, "masterFile", config.masterFile());
    ArrayNode files = root.putArray("configFiles");
    config.configFiles().forEach(files::add);
    ObjectNode parameters = root.putObject("parameters");
    config.parameters().forEach((name, p) -> parameters.set(name, parameter(p)));
    ArrayNode notApplied = root.putArray("notApplied");
    config.notApplied().forEach(n -> notApplied.add(notApplied(n)));
    ArrayNode missing = root.putArray("missingFiles");
    config.missingFiles().forEach(m -> missing.add(missing(m)));
    ArrayNode problems = root.putArray("problems");
    config.problems().forEach(p -> problems.add(problem(p)));
    return json.render(root);
  }

  private static void putOptional(ObjectNode node, String key, Optional<String> value) {
    value.ifPresentOrElse(v -> node.put(key, v), () -> node.putNull(key));
  }

  private static ObjectNode parameter(EffectiveParameter p) {
    ObjectNode node = JsonOutput.object();
    node.put("value", p.value());
    node.put("source", p.source());
    node.put("line", p.line());
    ArrayNode shadowed = node.putArray("shadowed");
    for (EffectiveParameter.ShadowedValue s : p.shadowed()) {
      ObjectNode lost = shadowed.addObject();
      lost.put("value", s.value());
      lost.put("source", s.source());
      lost.put("line", s.line());
    }
    return node;
  }

  private static ObjectNode notApplied(NotApplied n) {
    ObjectNode node = JsonOutput.object();
    node.put("name", n.name());
    node.put("value", n.value());
    node.put("source", n.source());
    node.put("line", n.line());
    node.put("reason", n.reason());
    return node;
  }

  private static ObjectNode missing(MissingFile m) {
    ObjectNode node = JsonOutput.object();
    node.put("path", m.path());
    node.put("role", m.role());
    node.put("consequence", m.consequence());
    return node;
  }

  private static ObjectNode problem(ConfigProblem p) {
    ObjectNode node = JsonOutput.object();
    node.put("kind", kind(p.kind()));
    node.put("file", p.file());
    node.put("line", p.line());
    node.put("column", p.column());
    node.put("message", p.message());
    return node;
  }

  /** {@code DUPLICATE_PARAMETER} as {@code duplicate-parameter}, like lint rule ids. */
  static String kind(ConfigProblem.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
