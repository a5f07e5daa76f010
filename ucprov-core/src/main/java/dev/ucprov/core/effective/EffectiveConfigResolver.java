package dev.ucprov.core.effective;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.ModelCatalog;
import dev.ucprov.core.device.PhoneModel;
import dev.ucprov.core.master.ResolvedMaster;
import dev.ucprov.core.tree.ProvisioningTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes what a phone ends up with (polycom-facts.md §1 and §3): master lookup, CONFIG_FILES with
 * the leftmost winning, then {@code <MAC>-web.cfg}, then {@code <MAC>-phone.cfg} from the overrides
 * directory; {@code device.*} only with {@code device.set="1"} and its own flag.
 *
 * <p>Offline: URLs in the master are listed as not checked, never fetched. Each tree file is read
 * at most once per call. Thread-safe: each call keeps its state to itself.
 */
public final class EffectiveConfigResolver {

  private final ConfigReader reader;

  public EffectiveConfigResolver(ConfigReader reader) {
    this.reader = reader;
  }

  /**
   * @param model the model token in either spelling ({@code VVX_410} or {@code VVX410}), when known
   */
  public EffectiveConfig resolve(ProvisioningTree tree, MacAddress mac, Optional<String> model) {
    Optional<PhoneModel> phoneModel = model.flatMap(ModelCatalog::byToken);
    Optional<String> token = phoneModel.map(PhoneModel::masterToken);
    TreeReads reads = new TreeReads(tree, reader);
    Diagnostics diagnostics = new Diagnostics();
    return switch (new MasterLookup(reads, diagnostics).find(mac)) {
      case MasterOutcome.Absent absent -> nothing(mac, token, Optional.empty(), diagnostics);
      case MasterOutcome.Unusable unusable ->
          nothing(mac, token, Optional.of(unusable.path()), diagnostics);
      case MasterOutcome.Usable usable -> {
        ResolvedMaster resolved = usable.master().resolve(mac, phoneModel);
        diagnostics.masterProblems(resolved);
        List<ConfigFile> layers = new LayerPlan(reads, diagnostics).layers(resolved, mac);
        DeviceSettings.Split split = DeviceSettings.split(Precedence.merge(layers));
        yield new EffectiveConfig(
            mac,
            token,
            Optional.of(usable.path()),
            resolved.configFiles().stream().map(Passwords::shown).toList(),
            split.applied(),
            split.notApplied(),
            diagnostics.missingFiles(),
            diagnostics.problems());
      }
    };
  }

  /** A phone without a usable master asks for nothing more; it runs on what it cached. */
  private static EffectiveConfig nothing(
      MacAddress mac, Optional<String> token, Optional<String> master, Diagnostics diagnostics) {
    return new EffectiveConfig(
        mac,
        token,
        master,
        List.of(),
        Map.of(),
        List.of(),
        diagnostics.missingFiles(),
        diagnostics.problems());
  }
}
