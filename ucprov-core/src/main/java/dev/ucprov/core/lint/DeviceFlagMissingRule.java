package dev.ucprov.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * polycom-facts.md §3: each device setting also needs its own {@code device.xxx.set="1"}; a setting
 * without it is ignored even when {@code device.set="1"}.
 */
final class DeviceFlagMissingRule extends DescribedRule {

  DeviceFlagMissingRule() {
    super(
        "device-flag-missing",
        Severity.WARNING,
        "a device.xxx setting without device.xxx.set=\"1\" (the phone ignores it)");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      for (Setting s : r.settings().values()) {
        if (!Settings.isDeviceSetting(s.name())) {
          continue;
        }
        String flagName = s.name() + ".set";
        Optional<Setting> flag = r.setting(flagName);
        boolean off = flag.isPresent() && !flag.get().value().strip().equals("1");
        boolean absent = flag.isEmpty() && r.complete() && !r.setsAnywhere(flagName);
        if (off || absent) {
          String state =
              off
                  ? flagName + "=\"" + flag.get().value() + "\" at " + flag.get().where()
                  : flagName + " is not set";
          out.add(
              finding(
                  s.file(),
                  s.line(),
                  s.name()
                      + " is ignored: "
                      + state
                      + "; add "
                      + flagName
                      + "=\"1\" beside it (changing it reboots the phone)"));
        }
      }
    }
    return out;
  }
}
