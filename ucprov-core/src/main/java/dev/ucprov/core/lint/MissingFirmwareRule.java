package dev.ucprov.core.lint;

import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * polycom-facts.md §1: a phone asks for the image APP_FILE_PATH names (the part-number image first
 * for split images); when none is there it keeps the software it runs, silently.
 */
final class MissingFirmwareRule extends DescribedRule {

  MissingFirmwareRule() {
    super(
        "missing-firmware",
        Severity.WARNING,
        "APP_FILE_PATH is set but none of the images phones ask for is in the tree");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      List<Location> firmware = r.resolved().firmware();
      boolean checkable =
          r.attribute(MasterAttribute.APP_FILE_PATH).isPresent()
              && !firmware.isEmpty()
              && firmware.stream()
                  .allMatch(f -> f instanceof Location.TreePath(String p) && !p.contains("["));
      if (checkable && firmware.stream().noneMatch(f -> context.exists(f.display()))) {
        List<String> names = firmware.stream().map(Location::display).toList();
        out.add(
            finding(
                r.masterPath(),
                r.lineOf(MasterAttribute.APP_FILE_PATH),
                "phones"
                    + r.scope(MasterAttribute.APP_FILE_PATH)
                    + " ask for "
                    + String.join(" then ", names)
                    + " and the tree has none of them: they keep the software they run"));
      }
    }
    return out;
  }
}
