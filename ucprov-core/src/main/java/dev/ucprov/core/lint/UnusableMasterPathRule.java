package dev.ucprov.core.lint;

import dev.ucprov.core.master.MasterProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Every problem the master resolver reports that no more specific rule covers: a path that climbs
 * above the provisioning root with {@code ..}, a firmware path naming the root instead of a file,
 * and whatever the resolver learns to report later.
 *
 * <p>Limits, tokens and unknown attributes have rules of their own and are skipped here by kind.
 */
final class UnusableMasterPathRule extends DescribedRule {

  UnusableMasterPathRule() {
    super(
        "unusable-master-path",
        Severity.WARNING,
        "a master value phones cannot use (a path above the root with '..', the root as a file)");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      for (MasterProblem problem : r.resolved().problems()) {
        if (problem.kind() == MasterProblem.Kind.UNUSABLE_PATH) {
          out.add(
              finding(
                  r.masterPath(), problem.line(), problem.attribute() + ": " + problem.message()));
        }
      }
    }
    return out;
  }
}
