package dev.ucprov.core.lint;

import java.util.ArrayList;
import java.util.List;

/** polycom-facts.md §6: with this flag every check-sync NOTIFY reboots the phone. */
final class CheckSyncRebootRule extends DescribedRule {

  private static final String NAME = "voIpProt.SIP.specialEvent.checkSync.alwaysReboot";

  CheckSyncRebootRule() {
    super(
        "check-sync-always-reboots",
        Severity.WARNING,
        "every check-sync NOTIFY reboots the phone (" + NAME + "=\"1\")");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (Setting s : Settings.inConfigFiles(context)) {
      if (s.name().equals(NAME) && s.value().strip().equals("1")) {
        out.add(
            finding(
                s.file(),
                s.line(),
                NAME
                    + "=\"1\" makes every check-sync NOTIFY reboot the phone, so anyone who can"
                    + " send one can take calls down; set it to \"0\" (the phone reboots by"
                    + " itself when a change needs it)"));
      }
    }
    return out;
  }
}
