package dev.ucprov.core.lint;

import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The white paper: with central provisioning, disable the phone's web UI ({@code
 * httpd.cfg.enabled="0"}); changes made there override the server. It is on by default.
 */
final class WebUiEnabledRule extends DescribedRule {

  private static final String NAME = "httpd.cfg.enabled";

  WebUiEnabledRule() {
    super(
        "web-ui-enabled",
        Severity.WARNING,
        "the phone's web UI stays on (" + NAME + " not \"0\"): its changes override the server");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterReach r : context.resolutions()) {
      Optional<Setting> setting = r.setting(NAME);
      if (setting.isPresent() && !setting.get().value().strip().equals("0")) {
        Setting s = setting.get();
        out.add(
            finding(
                s.file(),
                s.line(),
                NAME
                    + "=\""
                    + s.value()
                    + "\" keeps the phone's web UI on: changes made there are saved to"
                    + " <MAC>-web.cfg and override the server; set "
                    + NAME
                    + "=\"0\""));
      } else if (setting.isEmpty() && r.complete() && !r.setsAnywhere(NAME)) {
        out.add(
            finding(
                r.masterPath(),
                r.lineOf(MasterAttribute.CONFIG_FILES),
                "no file in "
                    + r.configFilesText()
                    + " sets "
                    + NAME
                    + ", and the phone's web UI is on by default: set "
                    + NAME
                    + "=\"0\" in a shared config file"));
      }
    }
    return out;
  }
}
