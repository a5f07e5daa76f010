package dev.ucprov.core.lint;

import dev.ucprov.core.master.MasterProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * polycom-facts.md §2: each path at most 255 characters, CONFIG_FILES at most 2047 in all. The
 * master resolver measures them; lint resolves every model a master names, so every value is
 * measured, and identical findings from several models collapse into one.
 */
final class MasterLimitRule extends DescribedRule {

  MasterLimitRule() {
    super(
        "master-limit-exceeded",
        Severity.ERROR,
        "a master path over 255 characters or CONFIG_FILES over 2047 characters");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      for (MasterProblem problem : r.resolved().problems()) {
        if (problem.kind() == MasterProblem.Kind.LIMIT_EXCEEDED) {
          out.add(
              finding(
                  r.masterPath(),
                  problem.line(),
                  problem.message() + "; use shorter names or fewer, shorter directories"));
        }
      }
    }
    return out;
  }
}
