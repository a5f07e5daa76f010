package dev.ucprov.core.effective;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tree.ProvisioningTree;
import java.util.Optional;

/**
 * Computes what a phone ends up with (polycom-facts.md §1 and §3): master lookup, CONFIG_FILES with
 * the leftmost winning, then {@code <MAC>-web.cfg}, then {@code <MAC>-phone.cfg} from the overrides
 * directory; {@code device.*} only with {@code device.set="1"} and its own flag.
 *
 * <p>STUB: to be implemented.
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
    throw new UnsupportedOperationException("TODO " + reader);
  }
}
