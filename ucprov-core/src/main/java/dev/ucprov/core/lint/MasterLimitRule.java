package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * polycom-facts.md §2: each path at most 255 characters, CONFIG_FILES at most 2047 in all. What a
 * phone does beyond them is unconfirmed (it may ignore or truncate the value). Measured on values
 * as written, like the master resolver, so each attribute is reported once whatever the model.
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
    for (MasterFile master : context.masters()) {
      List<Map<MasterAttribute, ConfigParameter>> groups = new ArrayList<>();
      groups.add(master.config().generic());
      groups.addAll(master.config().perModel().values());
      for (Map<MasterAttribute, ConfigParameter> group : groups) {
        group.forEach((attribute, written) -> check(master, attribute, written, out));
      }
    }
    return out;
  }

  private void check(
      MasterFile master, MasterAttribute attribute, ConfigParameter written, List<Finding> out) {
    String value = written.value().strip();
    switch (attribute) {
      case MISC_FILES -> {} // without effect, so no limit matters
      case CONFIG_FILES -> {
        over(master, written, "", value, CONFIG_FILES_LIMIT, out);
        for (String entry : value.split(",")) {
          String e = entry.strip();
          String head = e.length() <= 40 ? e : e.substring(0, 37) + "...";
          over(master, written, "entry '" + head + "' of ", e, PATH_LIMIT, out);
        }
      }
      default -> over(master, written, "", value, PATH_LIMIT, out);
    }
  }

  private void over(
      MasterFile master,
      ConfigParameter written,
      String what,
      String value,
      int limit,
      List<Finding> out) {
    int length = value.codePointCount(0, value.length());
    if (length > limit) {
      out.add(
          finding(
              master.path(),
              written.line(),
              what
                  + written.name()
                  + " is "
                  + length
                  + " characters, over the phone's limit of "
                  + limit
                  + " (it may ignore or truncate it); use shorter names or fewer, shorter"
                  + " directories"));
    }
  }
}
