package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PlcmSpIp/PlcmSpIp is the factory FTP login of every Polycom phone (polycom-facts.md §5): a server
 * that accepts it serves the configuration to anyone.
 */
final class DefaultProvisioningCredentialsRule extends DescribedRule {

  private static final String FACTORY = "PlcmSpIp";
  private static final Set<String> NAMES = Set.of("device.prov.user", "device.prov.password");

  DefaultProvisioningCredentialsRule() {
    super(
        "default-provisioning-credentials",
        Severity.ERROR,
        "the provisioning login is the factory PlcmSpIp/PlcmSpIp, known to everyone");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (Setting s : Settings.inConfigFiles(context)) {
      if (NAMES.contains(s.name()) && FACTORY.equalsIgnoreCase(s.value().strip())) {
        out.add(
            finding(
                s.file(),
                s.line(),
                s.name()
                    + " is the factory default \""
                    + FACTORY
                    + "\": give each site its own provisioning login"));
      }
    }
    String inUrl = (FACTORY + ":" + FACTORY + "@").toLowerCase(Locale.ROOT);
    for (MasterFile master : context.masters()) {
      for (ConfigParameter p : master.source().parameters()) {
        if (p.value().toLowerCase(Locale.ROOT).contains(inUrl)) {
          out.add(
              finding(
                  master.path(),
                  p.line(),
                  p.name()
                      + " logs in with the factory PlcmSpIp:PlcmSpIp: give the server a login of"
                      + " its own"));
        }
      }
    }
    return out;
  }
}
