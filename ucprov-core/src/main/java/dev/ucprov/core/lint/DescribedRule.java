package dev.ucprov.core.lint;

/** A rule whose id, severity and summary are fixed at construction. */
abstract class DescribedRule implements LintRule {

  private final RuleDescription description;

  DescribedRule(String id, Severity severity, String summary) {
    this.description = new RuleDescription(id, severity, summary);
  }

  @Override
  public final String id() {
    return description.id();
  }

  @Override
  public final Severity severity() {
    return description.severity();
  }

  @Override
  public final String summary() {
    return description.summary();
  }

  @Override
  public final RuleDescription description() {
    return description;
  }
}
