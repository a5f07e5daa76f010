package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * polycom-facts.md §2: a master knows only the {@code APPLICATION} attributes and their {@code
 * <NAME>_<MODEL>} forms; phones ignore anything else, typos included.
 */
final class UnknownMasterAttributeRule extends DescribedRule {

  UnknownMasterAttributeRule() {
    super(
        "unknown-master-attribute",
        Severity.WARNING,
        "an attribute in a master config that phones do not know (a typo?), so ignore");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterFile master : context.masters()) {
      for (ConfigParameter p : master.config().unknownAttributes()) {
        out.add(
            finding(
                master.path(),
                p.line(),
                "'"
                    + p.name()
                    + "' is not a master config attribute and phones ignore it; known are "
                    + Arrays.toString(MasterAttribute.values())
                    + ", each also as <NAME>_<MODEL>"));
      }
    }
    return out;
  }
}
