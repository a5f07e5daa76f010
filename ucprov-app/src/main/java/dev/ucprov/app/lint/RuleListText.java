package dev.ucprov.app.lint;

import dev.ucprov.app.cli.TextTable;
import dev.ucprov.core.lint.RuleDescription;
import java.util.List;

/** {@code ucprov lint --list-rules}: {@code id severity summary}, one rule a line. */
final class RuleListText {

  private static final int WIDTH_CAP = 40;

  private final List<RuleDescription> rules;

  RuleListText(List<RuleDescription> rules) {
    this.rules = List.copyOf(rules);
  }

  List<String> lines() {
    TextTable table = new TextTable(WIDTH_CAP).row("RULE", "SEVERITY", "CHECKS");
    rules.forEach(r -> table.row(r.id(), r.severity().label(), r.summary()));
    return table.lines();
  }
}
