package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigSyntaxException;
import java.util.ArrayList;
import java.util.List;

/** A file the reader refuses is a file the phone ignores (polycom-facts.md §3). */
final class MalformedXmlRule extends DescribedRule {

  MalformedXmlRule() {
    super(
        "malformed-xml",
        Severity.ERROR,
        "a .cfg or .xml file that cannot be read (not well-formed, not UTF-8, DOCTYPE, too large)");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (ParsedFile parsed : context.parsedFiles()) {
      if (parsed instanceof ParsedFile.Unreadable(String path, ConfigSyntaxException error)) {
        String where =
            error.line() > 0 ? "line " + error.line() + ", column " + error.column() + ": " : "";
        out.add(
            finding(
                path,
                error.line(),
                where
                    + error.reason()
                    + "; phones cannot use this file (a CONFIG_FILES entry they cannot read makes"
                    + " them fall back to their cached copy of all config files)"));
      }
    }
    return out;
  }
}
