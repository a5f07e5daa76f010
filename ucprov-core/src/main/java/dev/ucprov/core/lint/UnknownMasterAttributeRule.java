package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * polycom-facts.md §2: a master knows only the {@code APPLICATION} attributes and their {@code
 * <NAME>_<MODEL>} forms; phones ignore anything else, typos included.
 */
final class UnknownMasterAttributeRule extends DescribedRule {

  private static final Pattern MODEL_TOKEN = Pattern.compile("[A-Za-z0-9]+");

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
      for (ConfigParameter p : master.source().parameters()) {
        if (!isKnown(p.name())) {
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
    }
    return out;
  }

  /** {@code CONFIG_FILES} or {@code CONFIG_FILES_VVX410}. */
  static boolean isKnown(String name) {
    return known(name).isPresent();
  }

  private static Optional<MasterAttribute> known(String name) {
    for (MasterAttribute attribute : MasterAttribute.values()) {
      String base = attribute.name();
      if (name.equals(base)
          || (name.startsWith(base + "_")
              && MODEL_TOKEN.matcher(name.substring(base.length() + 1)).matches())) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
  }
}
