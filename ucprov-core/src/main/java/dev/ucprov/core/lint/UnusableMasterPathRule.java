package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.master.MasterProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every problem the master resolver reports that no more specific rule covers: a path that climbs
 * above the provisioning root with {@code ..}, a firmware path naming the root instead of a file,
 * and whatever the resolver learns to report later.
 *
 * <p>{@link MasterProblem} carries no kind, so the problems other rules cover are told apart by the
 * resolver's wording; {@code MasterRulesTest} fails if that wording changes.
 */
final class UnusableMasterPathRule extends DescribedRule {

  /** Reported by master-limit-exceeded. */
  private static final String LIMIT = "over the limit of";

  /** Reported by unsubstituted-token. */
  private static final String TOKEN = "cannot be substituted";

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
      Set<String> unknown =
          r.master().config().unknownAttributes().stream()
              .map(ConfigParameter::name)
              .collect(Collectors.toSet());
      for (MasterProblem problem : r.resolved().problems()) {
        boolean covered =
            unknown.contains(problem.attribute())
                || problem.message().contains(LIMIT)
                || problem.message().contains(TOKEN);
        if (!covered) {
          out.add(
              finding(
                  r.masterPath(), problem.line(), problem.attribute() + ": " + problem.message()));
        }
      }
    }
    return out;
  }
}
