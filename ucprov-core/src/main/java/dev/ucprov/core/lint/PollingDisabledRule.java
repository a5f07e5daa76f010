package dev.ucprov.core.lint;

import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** polycom-facts.md §6, §8: polling is off by default; without it changes wait for a trigger. */
final class PollingDisabledRule extends DescribedRule {

  static final String ENABLED = "prov.polling.enabled";

  PollingDisabledRule() {
    super(
        "polling-disabled",
        Severity.INFO,
        "phones never poll for changes (" + ENABLED + " absent or \"0\")");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    String consequence =
        ": phones pick up changes only when they reboot or receive a check-sync; set "
            + ENABLED
            + "=\"1\" with prov.polling.mode and its time or period";
    for (MasterReach r : context.resolutions()) {
      Optional<Setting> setting = r.setting(ENABLED);
      if (setting.isPresent() && setting.get().value().strip().equals("0")) {
        out.add(
            finding(
                setting.get().file(),
                setting.get().line(),
                ENABLED + "=\"0\" turns polling off" + consequence));
      } else if (setting.isEmpty() && r.complete() && !r.setsAnywhere(ENABLED)) {
        out.add(
            finding(
                r.masterPath(),
                r.lineOf(MasterAttribute.CONFIG_FILES),
                "no file in "
                    + r.configFilesText()
                    + " sets "
                    + ENABLED
                    + ", so polling is off (the default)"
                    + consequence));
      }
    }
    return out;
  }
}
