package dev.ucprov.http.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.core.config.ConfigProblem;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveParameter;
import dev.ucprov.core.effective.MissingFile;
import dev.ucprov.core.effective.NotApplied;
import dev.ucprov.core.lint.Finding;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of {@code ucprov explain --format json} and {@code ucprov lint --format json}, key for
 * key, so the API and the command line give the same documents: {@code {"mac", "model",
 * "masterFile", "configFiles", "parameters": {name: {"value", "source", "line", "shadowed":
 * [{"value", "source", "line"}]}}, "notApplied", "missingFiles", "problems"}} and {@code
 * {"findings": [{"rule", "severity", "file", "line", "message"}]}}.
 *
 * <p>Public because the command line writes its JSON with it too: one writer, so the two cannot
 * drift apart.
 */
public final class ExplainJson {

  private ExplainJson() {}

  public static ObjectNode of(EffectiveConfig config) {
    ObjectNode root = Json.object();
    root.put("mac", config.mac().value());
    DeviceJson.putOptional(root, "model", config.model());
    DeviceJson.putOptional(root, "masterFile", config.masterFile());
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
    return root;
  }

  public static ObjectNode findings(List<Finding> findings) {
    ObjectNode root = Json.object();
    ArrayNode array = root.putArray("findings");
    for (Finding f : findings) {
      array
          .addObject()
          .put("rule", f.rule())
          .put("severity", f.severity().label())
          .put("file", f.file())
          .put("line", f.line())
          .put("message", f.message());
    }
    return root;
  }

  private static ObjectNode parameter(EffectiveParameter p) {
    ObjectNode node = Json.object().put("value", p.value()).put("source", p.source());
    node.put("line", p.line());
    ArrayNode shadowed = node.putArray("shadowed");
    for (EffectiveParameter.ShadowedValue s : p.shadowed()) {
      shadowed.addObject().put("value", s.value()).put("source", s.source()).put("line", s.line());
    }
    return node;
  }

  private static ObjectNode notApplied(NotApplied n) {
    return Json.object()
        .put("name", n.name())
        .put("value", n.value())
        .put("source", n.source())
        .put("line", n.line())
        .put("reason", n.reason());
  }

  private static ObjectNode missing(MissingFile m) {
    return Json.object()
        .put("path", m.path())
        .put("role", m.role())
        .put("consequence", m.consequence());
  }

  private static ObjectNode problem(ConfigProblem p) {
    return Json.object()
        .put("kind", kind(p.kind()))
        .put("file", p.file())
        .put("line", p.line())
        .put("column", p.column())
        .put("message", p.message());
  }

  /** {@code DUPLICATE_PARAMETER} as {@code duplicate-parameter}, like lint rule ids. */
  public static String kind(ConfigProblem.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
