package dev.ucprov.core.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * polycom-facts.md §3: device settings apply only when {@code device.set="1"}; without it every
 * {@code device.*} value in the config files is silently ignored.
 */
final class DeviceSetMissingRule extends DescribedRule {

  DeviceSetMissingRule() {
    super(
        "device-set-missing",
        Severity.WARNING,
        "device.* settings that cannot apply because device.set is not \"1\"");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      List<Setting> device =
          r.settings().values().stream()
              .filter(s -> Settings.isDeviceSetting(s.name()))
              .sorted(Comparator.comparing(Setting::file).thenComparing(Setting::line))
              .toList();
      if (device.isEmpty()) {
        continue;
      }
      String ignored =
          " so the device settings in "
              + r.listText()
              + " are ignored ("
              + Settings.names(device.stream().map(Setting::name).toList(), 3)
              + "); add device.set=\"1\" (and each setting's .set flag)";
      Optional<Setting> flag = r.setting("device.set");
      if (flag.isPresent() && !flag.get().value().strip().equals("1")) {
        Setting s = flag.get();
        out.add(finding(s.file(), s.line(), "device.set=\"" + s.value() + "\"," + ignored));
      } else if (flag.isEmpty() && r.complete() && !r.setsAnywhere("device.set")) {
        Setting first = device.getFirst();
        out.add(finding(first.file(), first.line(), "device.set is not set," + ignored));
      }
    }
    return out;
  }
}
