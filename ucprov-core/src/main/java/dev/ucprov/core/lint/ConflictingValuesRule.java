package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * polycom-facts.md §3: when CONFIG_FILES disagree, the leftmost file wins; the value further right
 * is dead text that misleads whoever edits it.
 */
final class ConflictingValuesRule extends DescribedRule {

  ConflictingValuesRule() {
    super(
        "conflicting-values",
        Severity.INFO,
        "one parameter with different values in two CONFIG_FILES of a master (leftmost wins)");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      Map<String, Setting> winners = new HashMap<>();
      for (ConfigFile file : r.files()) {
        for (var p : file.values().values()) {
          Setting here = new Setting(file.path(), p);
          Setting winner = winners.putIfAbsent(p.name(), here);
          if (winner != null && !winner.value().equals(p.value())) {
            out.add(
                finding(
                    file.path(),
                    p.line(),
                    p.name()
                        + "=\""
                        + shown(p.name(), p.value())
                        + "\" here loses to \""
                        + shown(p.name(), winner.value())
                        + "\" at "
                        + winner.where()
                        + ", which comes first in "
                        + r.listText()
                        + " (leftmost wins)"));
          }
        }
      }
    }
    return out;
  }

  private static String shown(String name, String value) {
    return Settings.isSecret(name) ? "***" : value;
  }
}
