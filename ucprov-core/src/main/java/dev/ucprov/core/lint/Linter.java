package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.tree.ProvisioningTree;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every lint rule over a tree. Thread-safe: rules hold no state and each call builds its own
 * {@link LintContext}.
 */
public final class Linter {

  /** Files first (the tree itself, {@code ""}, before any), then line, rule and message. */
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparingInt(Finding::line)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);

  private final List<LintRule> rules;
  private final ConfigReader reader;

  /**
   * @param rules the rules to run; their ids must be distinct
   * @param reader reads every {@code *.cfg} and {@code *.xml} file of the tree
   */
  public Linter(List<LintRule> rules, ConfigReader reader) {
    Set<String> ids = new HashSet<>();
    for (LintRule rule : rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("two rules share the id " + rule.id());
      }
    }
    this.rules = List.copyOf(rules);
    this.reader = reader;
  }

  /** The standard rule set (see {@link StandardRules} for the table). */
  public static Linter standard() {
    return new Linter(StandardRules.all(), new ConfigReader());
  }

  /** What each rule checks, in the order they run. */
  public List<RuleDescription> rules() {
    return rules.stream().map(LintRule::description).toList();
  }

  /**
   * Every finding, sorted by file, line, then rule id. A problem seen through several resolutions
   * of one master (generic and per model) gives identical findings, reported once.
   */
  public List<Finding> lint(ProvisioningTree tree) {
    LintContext context = LintContext.of(tree, reader);
    return rules.stream()
        .flatMap(rule -> rule.check(context).stream())
        .distinct()
        .sorted(ORDER)
        .toList();
  }
}
