package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.master.MasterConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * A shared {@code .cfg} file that no master lists is never read by any phone: either it is stale or
 * a CONFIG_FILES entry is missing. MAC-named files (overrides, licences, per-phone files) are left
 * out: their phones ask for them by name.
 */
final class UnreachableFileRule extends DescribedRule {

  UnreachableFileRule() {
    super(
        "unreachable-file",
        Severity.INFO,
        "a shared .cfg file that no master's CONFIG_FILES reaches, for any model");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    if (context.masters().isEmpty()) {
      return out; // missing-master says it all
    }
    for (ConfigFile file : context.readableFiles()) {
      String path = file.path();
      if (TreeNames.isCfg(path)
          && !MasterConfig.isMaster(file)
          && !TreeNames.isPhoneSpecific(path)
          && !context.isReachable(path)) {
        out.add(
            finding(
                path,
                0,
                "no master lists this file in CONFIG_FILES (generic or per model), so no phone"
                    + " reads it; add it to a master or remove it"));
      }
    }
    return out;
  }
}
