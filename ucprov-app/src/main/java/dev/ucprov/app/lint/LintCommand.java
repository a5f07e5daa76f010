package dev.ucprov.app.lint;

import dev.ucprov.app.cli.ExitCodes;
import dev.ucprov.app.cli.OutputFormatOption;
import dev.ucprov.app.tree.DirectoryTree;
import dev.ucprov.core.lint.Finding;
import dev.ucprov.core.lint.Linter;
import dev.ucprov.core.lint.RuleDescription;
import dev.ucprov.core.lint.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ucprov lint}: every finding of the standard rules, and exit 1 when one is an error. */
@Command(
    name = "lint",
    header = "Check a provisioning tree against Polycom's best practices.",
    description =
        "Prints every finding with its file, line, severity and rule; exits 1 when one is an"
            + " error. --list-rules shows what is checked.")
public final class LintCommand implements Callable<Integer> {

  private final Linter linter;

  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Target target;

  /** Either a tree to check or the rule list; picocli refuses both or neither. */
  static final class Target {
    @Option(
        names = "--tree",
        required = true,
        paramLabel = "DIR",
        description = "The provisioning directory to check.")
    private Path tree;

    @Option(
        names = "--list-rules",
        required = true,
        description = "List every rule (id, severity, what it checks) instead of checking.")
    private boolean listRules;
  }

  @Mixin private OutputFormatOption format;

  public LintCommand(Linter linter) {
    this.linter = linter;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (target.listRules) {
      List<RuleDescription> rules = linter.rules();
      switch (format.get()) {
        case TEXT -> new RuleListText(rules).lines().forEach(out::println);
        case JSON -> out.println(new LintJson().renderRules(rules));
      }
      out.flush();
      return ExitCodes.OK;
    }
    List<Finding> findings = linter.lint(DirectoryTree.open(target.tree));
    switch (format.get()) {
      case TEXT -> new LintText(findings).lines().forEach(out::println);
      case JSON -> out.println(new LintJson().render(findings));
    }
    out.flush();
    boolean errors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
