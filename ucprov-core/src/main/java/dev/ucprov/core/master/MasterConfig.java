package dev.ucprov.core.master;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.PhoneModel;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed master configuration file: the generic {@code APPLICATION} attributes and the per-model
 * {@code APPLICATION_<MODEL>} ones (attribute {@code <NAME>_<MODEL>}, e.g. {@code
 * APP_FILE_PATH_VVX410}).
 *
 * <p>STUB: parsing and resolution to be implemented.
 *
 * @param path the master file's path in the tree
 * @param generic the generic attributes, as written (with line numbers)
 * @param perModel master model token (upper case, {@code VVX410}) to that model's attributes
 */
public record MasterConfig(
    String path,
    Map<MasterAttribute, ConfigParameter> generic,
    Map<String, Map<MasterAttribute, ConfigParameter>> perModel) {

  /** Whether a file read by {@code ConfigReader} is a master config (root {@code APPLICATION}). */
  public static boolean isMaster(ConfigFile file) {
    return "APPLICATION".equals(file.rootElement());
  }

  /**
   * The master config in a file whose root is {@code APPLICATION}; empty for any other file.
   * Attributes it does not know are kept out and reported by {@link #resolve} as problems.
   */
  public static Optional<MasterConfig> from(ConfigFile file) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * What this master means for one phone: per-model values replace generic ones, tokens are
   * substituted, directories normalised, limits checked. Never throws; problems are in the result.
   *
   * @param model the phone's model, when known; without it only generic values apply and {@code
   *     [PHONE_MODEL]} / {@code [PHONE_PART_NUMBER]} stay unsubstituted (reported as problems)
   */
  public ResolvedMaster resolve(MacAddress mac, Optional<PhoneModel> model) {
    throw new UnsupportedOperationException("TODO");
  }
}
