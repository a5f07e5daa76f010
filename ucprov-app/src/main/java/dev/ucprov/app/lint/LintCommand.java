package dev.ucprov.app.lint;

import dev.ucprov.app.cli.ExitCodes;
import dev.ucprov.app.cli.OutputFormat;
import dev.ucprov.app.tree.DirectoryTree;
import dev.ucprov.core.lint.Finding;
import dev.ucprov.core.lint.Linter;
import dev.ucprov.core.lint.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ucprov lint}: every finding of the standard rules, and exit 1 when one is an error. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Check a provisioning tree against Polycom's best practices: every finding with its rule,"
          + " severity, file and line.",
      "Exit status: 0 when no finding is an error, 1 when one is, 2 on bad usage or unreadable"
          + " input."
    })
public final class LintCommand implements Callable<Integer> {

  private final Linter linter;

  @Spec private CommandSpec spec;

  @Option(
      names = "--tree",
      required = true,
      paramLabel = "DIR",
      description = "The provisioning directory to check.")
  private Path tree;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = OutputFormat.Converter.class,
      description = "text (default) or json.")
  private OutputFormat format;

  public LintCommand(Linter linter) {
    this.linter = linter;
  }

  @Override
  public Integer call() {
    List<Finding> findings = linter.lint(DirectoryTree.open(tree));
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TEXT -> new LintText(findings).lines().forEach(out::println);
      case JSON -> out.println(new LintJson().render(findings));
    }
    out.flush();
    boolean errors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
