package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.List;

/** The white paper: MISC_FILES is historical and does nothing in current software. */
final class MiscFilesRule extends DescribedRule {

  private static final String NAME = MasterAttribute.MISC_FILES.name();

  MiscFilesRule() {
    super(
        "misc-files-obsolete",
        Severity.INFO,
        "MISC_FILES is set, but current phone software ignores it");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterFile master : context.masters()) {
      for (ConfigParameter p : master.source().parameters()) {
        boolean misc = p.name().equals(NAME) || p.name().startsWith(NAME + "_");
        if (misc && !p.value().isBlank()) {
          out.add(
              finding(
                  master.path(),
                  p.line(),
                  p.name()
                      + " is historical and current software ignores it; list the files in"
                      + " CONFIG_FILES if phones need them, and remove it"));
        }
      }
    }
    return out;
  }
}
