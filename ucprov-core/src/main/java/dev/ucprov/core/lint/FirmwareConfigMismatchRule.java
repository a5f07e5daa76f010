package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * White paper, "Managing Different Software Versions": keep each model's config files matched to
 * the release it runs. A model given its own firmware but the shared CONFIG_FILES reads parameters
 * written for another release.
 */
final class FirmwareConfigMismatchRule extends DescribedRule {

  FirmwareConfigMismatchRule() {
    super(
        "firmware-config-mismatch",
        Severity.INFO,
        "a model with its own APP_FILE_PATH_<MODEL> but the generic CONFIG_FILES");
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> out = new ArrayList<>();
    for (MasterFile master : context.masters()) {
      var perModel = master.config().perModel();
      for (String model : perModel.keySet().stream().sorted().toList()) {
        Map<MasterAttribute, ConfigParameter> own = perModel.get(model);
        ConfigParameter firmware = own.get(MasterAttribute.APP_FILE_PATH);
        if (firmware != null
            && !own.containsKey(MasterAttribute.CONFIG_FILES)
            && master.config().generic().containsKey(MasterAttribute.CONFIG_FILES)) {
          out.add(
              finding(
                  master.path(),
                  firmware.line(),
                  model
                      + " phones run their own firmware ("
                      + firmware.value()
                      + ") but read the generic CONFIG_FILES, written for another release; add"
                      + " CONFIG_FILES_"
                      + model
                      + " with files matched to that release"));
        }
      }
    }
    return out;
  }
}
