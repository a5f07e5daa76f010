package dev.ucprov.app.explain;

import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveParameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters {@code --param} asks about; every parameter when none was given.
 *
 * @param patterns the {@code --param} values, in the order given
 */
public record ParameterSelection(List<ParameterPattern> patterns) {

  public ParameterSelection {
    patterns = List.copyOf(patterns);
  }

  /** Whether a parameter name is shown. */
  public boolean selects(String name) {
    return patterns.isEmpty() || patterns.stream().anyMatch(p -> p.matches(name));
  }

  /**
   * The config with {@code parameters} and {@code notApplied} limited to the selection; the header
   * (files, missing files, problems) is kept whole.
   */
  public EffectiveConfig apply(EffectiveConfig config) {
    if (patterns.isEmpty()) {
      return config;
    }
    Map<String, EffectiveParameter> parameters = new LinkedHashMap<>();
    config
        .parameters()
        .forEach((name, p) -> {
          if (selects(name)) {
            parameters.put(name, p);
          }
        });
    return new EffectiveConfig(
        config.mac(),
        config.model(),
        config.masterFile(),
        config.configFiles(),
        parameters,
        config.notApplied().stream().filter(n -> selects(n.name())).toList(),
        config.missingFiles(),
        config.problems());
  }

  /** Exact names asked for that the config neither applies nor mentions as not applied. */
  public List<String> unset(EffectiveConfig config) {
    return patterns.stream()
        .filter(p -> !p.prefix())
        .map(ParameterPattern::text)
        .filter(name -> !config.parameters().containsKey(name))
        .filter(name -> config.notApplied().stream().noneMatch(n -> n.name().equals(name)))
        .distinct()
        .toList();
  }
}
