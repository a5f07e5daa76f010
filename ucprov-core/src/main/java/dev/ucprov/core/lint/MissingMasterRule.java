package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.master.MasterConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * polycom-facts.md §1: a phone starts from {@code <MAC>.cfg}, then {@code 000000000000.cfg}; a tree
 * with neither leaves every phone on its cached configuration.
 */
final class MissingMasterRule extends DescribedRule {

  MissingMasterRule() {
    super(
        "missing-master",
        Severity.ERROR,
        "no master config (000000000000.cfg or <MAC>.cfg with root APPLICATION) in the tree");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (ConfigFile file : context.readableFiles()) {
      boolean masterName =
          TreeNames.masterMac(file.path()).isPresent() && !file.path().contains("/");
      if (masterName && !MasterConfig.isMaster(file)) {
        out.add(
            finding(
                file.path(),
                0,
                "named like a master config but its root element is <"
                    + file.rootElement()
                    + ">, not <APPLICATION>: phones asking for it get no CONFIG_FILES"));
      }
    }
    if (context.masters().isEmpty()) {
      List<String> unreadable =
          context.parsedFiles().stream()
              .filter(p -> p instanceof ParsedFile.Unreadable)
              .map(ParsedFile::path)
              .filter(path -> TreeNames.masterMac(path).isPresent())
              .toList();
      String broken =
          unreadable.isEmpty()
              ? ""
              : " (" + String.join(", ", unreadable) + " cannot be read: see malformed-xml)";
      out.add(
          finding(
              "",
              0,
              "the tree has no usable master config"
                  + broken
                  + ": phones ask for <MAC>.cfg, then 000000000000.cfg, and find neither; add a"
                  + " 000000000000.cfg with an <APPLICATION> root"));
    }
    return out;
  }
}
