package dev.ucprov.core.lint;

import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A file listed twice in one CONFIG_FILES is read once; the second entry only misleads. */
final class DuplicateConfigFileRule extends DescribedRule {

  DuplicateConfigFileRule() {
    super("duplicate-config-file", Severity.INFO, "the same file listed twice in one CONFIG_FILES");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      Set<String> seen = new HashSet<>();
      for (ConfigEntry entry : r.entries()) {
        String shown = entry.location().display();
        if (!seen.add(shown)) {
          out.add(
              finding(
                  r.masterPath(),
                  r.lineOf(MasterAttribute.CONFIG_FILES),
                  "'"
                      + Settings.redacted(shown)
                      + "' is listed more than once in "
                      + r.configFilesText()
                      + "; only its leftmost place counts, remove the others"));
        }
      }
    }
    return out;
  }
}
