package dev.ucprov.core.lint;

import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory attribute left unset or empty makes phones write their files into the provisioning
 * root, beside the configuration (polycom-facts.md §1, white paper on OVERRIDES_DIRECTORY and
 * CONTACTS_DIRECTORY).
 */
final class DirectoryUnsetRule extends DescribedRule {

  private final MasterAttribute attribute;
  private final String consequence;

  private DirectoryUnsetRule(
      String id, Severity severity, MasterAttribute attribute, String files, String example) {
    super(id, severity, attribute + " unset or empty: phones write " + files + " to the root");
    this.attribute = attribute;
    this.consequence =
        "phones write "
            + files
            + " into the provisioning root, mixed with the configuration; set it to a directory"
            + " phones may write, such as "
            + example;
  }

  static DirectoryUnsetRule overrides() {
    return new DirectoryUnsetRule(
        "overrides-directory-unset",
        Severity.WARNING,
        MasterAttribute.OVERRIDES_DIRECTORY,
        "<MAC>-phone.cfg and <MAC>-web.cfg",
        "\"overrides\"");
  }

  static DirectoryUnsetRule contacts() {
    return new DirectoryUnsetRule(
        "contacts-directory-unset",
        Severity.WARNING,
        MasterAttribute.CONTACTS_DIRECTORY,
        "<MAC>-directory.xml",
        "\"contacts\"");
  }

  static DirectoryUnsetRule logs() {
    return new DirectoryUnsetRule(
        "log-directory-unset",
        Severity.INFO,
        MasterAttribute.LOG_FILE_DIRECTORY,
        "<MAC>-boot.log and <MAC>-app.log",
        "\"logs\"");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      if (!(r.resolved().directory(attribute) instanceof Location.TreePath(String dir))
          || !dir.isEmpty()) {
        continue;
      }
      String state =
          r.attribute(attribute)
              .map(p ->
                  p.value().isBlank()
                      ? attribute + " is empty"
                      : attribute + "=\"" + p.value() + "\" names the root")
              .orElse(attribute + " is not set");
      out.add(
          finding(
              r.masterPath(),
              r.lineOf(attribute),
              state + r.scope(attribute) + ": " + consequence));
    }
    return out;
  }
}
