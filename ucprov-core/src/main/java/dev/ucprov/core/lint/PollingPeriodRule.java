package dev.ucprov.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * polycom-facts.md §6: in relative mode the polling period must exceed 3600 seconds; shorter
 * periods make every phone hammer the server.
 */
final class PollingPeriodRule extends DescribedRule {

  private static final int MINIMUM_EXCLUSIVE = 3600;

  PollingPeriodRule() {
    super(
        "polling-period-too-short",
        Severity.WARNING,
        "relative polling (prov.polling.mode=\"rel\") with a period of 3600 s or less");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      boolean relative =
          value(r, PollingDisabledRule.ENABLED).equals(Optional.of("1"))
              && value(r, "prov.polling.mode").equals(Optional.of("rel"));
      Optional<Setting> period = r.setting("prov.polling.period");
      if (relative && period.isPresent() && tooShort(period.get().value().strip())) {
        Setting s = period.get();
        out.add(
            finding(
                s.file(),
                s.line(),
                "prov.polling.period=\""
                    + s.value()
                    + "\" in relative mode: the period must be a number of seconds over "
                    + MINIMUM_EXCLUSIVE
                    + ", or every phone re-reads its whole configuration that often"));
      }
    }
    return out;
  }

  private static Optional<String> value(MasterReach r, String name) {
    return r.setting(name).map(s -> s.value().strip());
  }

  private static boolean tooShort(String value) {
    try {
      return Long.parseLong(value) <= MINIMUM_EXCLUSIVE;
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
