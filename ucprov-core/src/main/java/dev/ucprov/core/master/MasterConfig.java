package dev.ucprov.core.master;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.PhoneModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed master configuration file: the generic {@code APPLICATION} attributes and the per-model
 * {@code APPLICATION_<MODEL>} ones (attribute {@code <NAME>_<MODEL>}, e.g. {@code
 * APP_FILE_PATH_VVX410}).
 *
 * @param path the master file's path in the tree
 * @param generic the generic attributes, as written (with line numbers)
 * @param perModel master model token (upper case, {@code VVX410}) to that model's attributes
 * @param unknownAttributes attributes that name no known master attribute, in document order; a
 *     phone ignores them and {@link #resolve} reports them
 */
public record MasterConfig(
    String path,
    Map<MasterAttribute, ConfigParameter> generic,
    Map<String, Map<MasterAttribute, ConfigParameter>> perModel,
    List<ConfigParameter> unknownAttributes) {

  public MasterConfig {
    generic = Map.copyOf(generic);
    Map<String, Map<MasterAttribute, ConfigParameter>> models = new LinkedHashMap<>();
    perModel.forEach((model, attributes) -> models.put(model, Map.copyOf(attributes)));
    perModel = Map.copyOf(models);
    unknownAttributes = List.copyOf(unknownAttributes);
  }

  /** A master config without unknown attributes, for tests and callers that build one by hand. */
  public MasterConfig(
      String path,
      Map<MasterAttribute, ConfigParameter> generic,
      Map<String, Map<MasterAttribute, ConfigParameter>> perModel) {
    this(path, generic, perModel, List.of());
  }

  /** Whether a file read by {@code ConfigReader} is a master config (root {@code APPLICATION}). */
  public static boolean isMaster(ConfigFile file) {
    return "APPLICATION".equals(file.rootElement());
  }

  /**
   * The master config in a file whose root is {@code APPLICATION}; empty for any other file.
   * Attributes it does not know are kept out and reported by {@link #resolve} as problems. When an
   * attribute is written twice, the first occurrence counts, as in every other config file.
   */
  public static Optional<MasterConfig> from(ConfigFile file) {
    if (!isMaster(file)) {
      return Optional.empty();
    }
    Map<MasterAttribute, ConfigParameter> generic = new EnumMap<>(MasterAttribute.class);
    Map<String, Map<MasterAttribute, ConfigParameter>> perModel = new LinkedHashMap<>();
    List<ConfigParameter> unknown = new ArrayList<>();
    for (ConfigParameter parameter : file.parameters()) {
      Optional<AttributeName> name = AttributeName.parse(parameter.name());
      if (name.isEmpty()) {
        unknown.add(parameter);
        continue;
      }
      MasterAttribute attribute = name.get().attribute();
      Map<MasterAttribute, ConfigParameter> target =
          name.get()
              .model()
              .map(m -> perModel.computeIfAbsent(m, k -> new EnumMap<>(MasterAttribute.class)))
              .orElse(generic);
      target.putIfAbsent(attribute, parameter);
    }
    return Optional.of(new MasterConfig(file.path(), generic, perModel, unknown));
  }

  /**
   * What this master means for one phone: per-model values replace generic ones, tokens are
   * substituted, directories normalised, limits checked. Never throws; problems are in the result.
   *
   * @param model the phone's model, when known; without it only generic values apply and {@code
   *     [PHONE_MODEL]} / {@code [PHONE_PART_NUMBER]} stay unsubstituted (reported as problems)
   */
  public ResolvedMaster resolve(MacAddress mac, Optional<PhoneModel> model) {
    return new MasterResolution(this, mac, model).result();
  }
}
