package dev.ucprov.core.lint;

import java.util.List;

/**
 * One best-practice check. Implementations are stateless and thread-safe: one instance serves every
 * tree.
 */
public interface LintRule {

  /** The stable kebab-case id ({@code web-ui-enabled}); never renamed once released. */
  String id();

  /** How much a finding of this rule matters. */
  Severity severity();

  /** One line for people: what the rule looks for. */
  String summary();

  /** Every finding of this rule in the tree the context was built from; order does not matter. */
  List<Finding> check(LintContext context);

  /** A finding of this rule. */
  default Finding finding(String file, int line, String message) {
    return new Finding(id(), severity(), file, line, message);
  }

  /** The rule as the CLI and README list it. */
  default RuleDescription description() {
    return new RuleDescription(id(), severity(), summary());
  }
}
