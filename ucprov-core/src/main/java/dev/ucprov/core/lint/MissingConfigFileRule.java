package dev.ucprov.core.lint;

import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * polycom-facts.md §3: a phone that cannot read one of its CONFIG_FILES uses its cached copy of all
 * of them, so one missing file freezes every change.
 */
final class MissingConfigFileRule extends DescribedRule {

  MissingConfigFileRule() {
    super(
        "missing-config-file",
        Severity.ERROR,
        "a CONFIG_FILES entry (generic or per model) that is not in the tree");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      for (ConfigEntry entry : r.entries()) {
        entry
            .treePath()
            .filter(path -> !context.exists(path))
            .ifPresent(path ->
                out.add(
                    finding(
                        r.masterPath(),
                        r.lineOf(MasterAttribute.CONFIG_FILES),
                        message(context, r, path))));
      }
    }
    return out;
  }

  private static String message(LintContext context, MasterReach r, String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    String near =
        context.paths().stream()
            .filter(p -> p.toLowerCase(Locale.ROOT).equals(lower))
            .findFirst()
            .map(p -> " (the tree has " + p + ", which differs in case)")
            .orElse("");
    return "'"
        + path
        + "' is listed in "
        + r.configFilesText()
        + " but is not in the tree"
        + near
        + ": phones that cannot read one of their config files keep their cached copy of all of"
        + " them";
  }
}
