package dev.ucprov.app.explain;

import dev.ucprov.app.cli.JsonOutput;
import dev.ucprov.core.config.ConfigProblem;
import dev.ucprov.core.effective.EffectiveConfig;

/**
 * {@code ucprov explain --format json}. The key names and nesting are a public contract, documented
 * field by field in README.md: add keys, never rename or remove one. The document itself comes from
 * the admin API's writer, so {@code explain} and the effective-config API give the same JSON.
 */
final class ExplainJson {

  private final JsonOutput json = new JsonOutput();

  String render(EffectiveConfig config) {
    return json.render(dev.ucprov.http.admin.ExplainJson.of(config));
  }

  /** {@code DUPLICATE_PARAMETER} as {@code duplicate-parameter}, like lint rule ids. */
  static String kind(ConfigProblem.Kind kind) {
    return dev.ucprov.http.admin.ExplainJson.kind(kind);
  }
}
