package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.ModelCatalog;
import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.core.master.MasterConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * White paper, "Managing Different Software Versions": keep each model's config files matched to
 * the release it runs. A model whose own APP_FILE_PATH names other images than the generic one
 * would (another release) but which reads the generic CONFIG_FILES gets parameters written for
 * another release. An own value naming the same image (say {@code [PHONE_PART_NUMBER].sip.ld}
 * beside a generic {@code sip.ld}) is the same release and fine.
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
    for (MasterReach r : context.resolutions()) {
      MasterFile master = r.master();
      if (r.model().isEmpty()
          || !master.hasOwn(MasterAttribute.APP_FILE_PATH, r.model())
          || master.hasOwn(MasterAttribute.CONFIG_FILES, r.model())
          || !master.config().generic().containsKey(MasterAttribute.CONFIG_FILES)) {
        continue;
      }
      List<Location> own = r.resolved().firmware();
      if (own.stream().noneMatch(genericFirmware(master.config(), r.model().get())::contains)) {
        String model = r.model().get();
        ConfigParameter firmware = r.attribute(MasterAttribute.APP_FILE_PATH).orElseThrow();
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
    return out;
  }

  /** The images the model would ask for under the generic APP_FILE_PATH. */
  private static List<Location> genericFirmware(MasterConfig config, String model) {
    Map<String, Map<MasterAttribute, ConfigParameter>> perModel = new HashMap<>(config.perModel());
    Map<MasterAttribute, ConfigParameter> own = new EnumMap<>(MasterAttribute.class);
    own.putAll(perModel.get(model));
    own.remove(MasterAttribute.APP_FILE_PATH);
    perModel.put(model, own);
    MasterConfig withoutOwn =
        new MasterConfig(config.path(), config.generic(), perModel, config.unknownAttributes());
    return withoutOwn.resolve(MacAddress.ZERO, ModelCatalog.byToken(model)).firmware();
  }
}
