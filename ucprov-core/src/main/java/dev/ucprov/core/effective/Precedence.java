package dev.ucprov.core.effective;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.effective.EffectiveParameter.ShadowedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Merges files by precedence: the first occurrence of a name, taking files highest first and each
 * in document order, wins; every later occurrence is shadowed, in that same order. So a duplicate
 * within one file loses to its first occurrence (polycom-facts.md §3: first wins is the safe
 * reading).
 */
final class Precedence {

  private Precedence() {}

  /**
   * @param layers the files, highest precedence first
   * @return every parameter by name, sorted by name
   */
  static SortedMap<String, EffectiveParameter> merge(List<ConfigFile> layers) {
    Map<String, List<ShadowedValue>> occurrences = new TreeMap<>();
    for (ConfigFile file : layers) {
      for (ConfigParameter p : file.parameters()) {
        occurrences
            .computeIfAbsent(p.name(), name -> new ArrayList<>())
            .add(new ShadowedValue(p.value(), file.path(), p.line()));
      }
    }
    SortedMap<String, EffectiveParameter> merged = new TreeMap<>();
    occurrences.forEach((name, values) -> {
      ShadowedValue winner = values.getFirst();
      merged.put(
          name,
          new EffectiveParameter(
              name,
              winner.value(),
              winner.source(),
              winner.line(),
              values.subList(1, values.size())));
    });
    return merged;
  }
}
