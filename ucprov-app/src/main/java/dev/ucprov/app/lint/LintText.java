package dev.ucprov.app.lint;

import dev.ucprov.app.cli.TextTable;
import dev.ucprov.core.lint.Finding;
import dev.ucprov.core.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code ucprov lint} for people: {@code file:line severity rule message}, then a summary. */
final class LintText {

  private static final int WIDTH_CAP = 40;

  private final List<Finding> findings;

  LintText(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  List<String> lines() {
    TextTable table = new TextTable(WIDTH_CAP);
    for (Finding f : findings) {
      table.row(where(f), f.severity().label(), f.rule(), f.message());
    }
    List<String> lines = new ArrayList<>(table.lines());
    lines.add(summary());
    return lines;
  }

  /** {@code file:line}; the file alone for a whole-file finding, {@code (tree)} for the tree. */
  private static String where(Finding f) {
    String file = f.file().isEmpty() ? "(tree)" : f.file();
    return f.line() > 0 ? file + ":" + f.line() : file;
  }

  private String summary() {
    long errors = count(Severity.ERROR);
    long warnings = count(Severity.WARNING);
    long info = count(Severity.INFO);
    return errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning, " : " warnings, ")
        + info
        + " info";
  }

  private long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
