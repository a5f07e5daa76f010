package dev.ucprov.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The white paper's first advice for centrally provisioned phones: change the admin password, or
 * users reach the admin menu and override the server from the keypad.
 */
final class DefaultAdminPasswordRule extends DescribedRule {

  /** Parameter to its factory default. */
  private static final Map<String, String> FACTORY =
      Map.of("device.auth.localAdminPassword", "456", "device.auth.localUserPassword", "123");

  DefaultAdminPasswordRule() {
    super(
        "default-admin-password",
        Severity.ERROR,
        "the phone's admin (456) or user (123) password is set to its factory default");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (Setting s : Settings.inConfigFiles(context)) {
      String factory = FACTORY.get(s.name());
      if (factory != null && factory.equals(s.value())) {
        out.add(
            finding(
                s.file(),
                s.line(),
                s.name()
                    + " is the factory default \""
                    + factory
                    + "\": anyone at the phone can open its settings menu and override the"
                    + " server; set a password of your own"));
      }
    }
    return out;
  }
}
