package dev.ucprov.core.lint;

import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * polycom-facts.md §2: each path at most 255 characters, CONFIG_FILES at most 2047 in all; phones
 * truncate or refuse longer values. Measured after substitution, as the phone sees them.
 */
final class MasterLimitRule extends DescribedRule {

  static final int PATH_LIMIT = 255;
  static final int CONFIG_FILES_LIMIT = 2047;

  MasterLimitRule() {
    super(
        "master-limit-exceeded",
        Severity.ERROR,
        "a master path over 255 characters or CONFIG_FILES over 2047 characters");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterResolution r : context.resolutions()) {
      for (Map.Entry<MasterAttribute, String> e : r.resolved().attributes().entrySet()) {
        MasterAttribute attribute = e.getKey();
        String value = e.getValue();
        if (attribute == MasterAttribute.CONFIG_FILES) {
          if (value.length() > CONFIG_FILES_LIMIT) {
            out.add(over(r, attribute, "is " + value.length(), CONFIG_FILES_LIMIT));
          }
          for (String entry : value.split(",")) {
            if (entry.strip().length() > PATH_LIMIT) {
              String head = entry.strip().substring(0, 40);
              out.add(
                  over(
                      r,
                      attribute,
                      "entry '" + head + "...' has " + entry.strip().length(),
                      PATH_LIMIT));
            }
          }
        } else if (attribute != MasterAttribute.MISC_FILES && value.length() > PATH_LIMIT) {
          out.add(over(r, attribute, "is " + value.length(), PATH_LIMIT));
        }
      }
    }
    return out;
  }

  private Finding over(MasterResolution r, MasterAttribute attribute, String actual, int limit) {
    return finding(
        r.masterPath(),
        r.lineOf(attribute),
        attribute
            + r.scope(attribute)
            + " "
            + actual
            + " characters long, over the phone's limit of "
            + limit
            + "; shorten the names or move files into fewer, shorter directories");
  }
}
