package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigProblem;
import java.util.ArrayList;
import java.util.List;

/** Reports one kind of problem the config reader found in files it still accepted. */
final class ReaderProblemRule extends DescribedRule {

  private final ConfigProblem.Kind kind;

  ReaderProblemRule(String id, Severity severity, String summary, ConfigProblem.Kind kind) {
    super(id, severity, summary);
    this.kind = kind;
  }

  static ReaderProblemRule duplicateParameter() {
    return new ReaderProblemRule(
        "duplicate-parameter",
        Severity.WARNING,
        "the same parameter twice in one file (the first is taken; phones may differ)",
        ConfigProblem.Kind.DUPLICATE_PARAMETER);
  }

  static ReaderProblemRule invalidParameterName() {
    return new ReaderProblemRule(
        "invalid-parameter-name",
        Severity.WARNING,
        "an attribute name that is not a valid dotted parameter name (phones ignore it)",
        ConfigProblem.Kind.INVALID_PARAMETER_NAME);
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (ConfigFile file : context.readableFiles()) {
      for (ConfigProblem problem : file.problems()) {
        if (problem.kind() == kind) {
          out.add(finding(problem.file(), problem.line(), problem.message()));
        }
      }
    }
    return out;
  }
}
