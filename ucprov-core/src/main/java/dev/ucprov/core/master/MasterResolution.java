package dev.ucprov.core.master;

import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.PhoneModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One resolution of a master for one phone (polycom-facts.md §1, §2). Not thread-safe: create one
 * per call, as {@link MasterConfig#resolve} does.
 */
final class MasterResolution {

  /** What a phone asks for when {@code APP_FILE_PATH} is unset or empty. */
  static final String DEFAULT_FIRMWARE = "sip.ld";

  private final MasterConfig master;
  private final Optional<PhoneModel> model;
  private final Tokens tokens;
  private final List<MasterProblem> problems = new ArrayList<>();

  MasterResolution(MasterConfig master, MacAddress mac, Optional<PhoneModel> model) {
    this.master = master;
    this.model = model;
    this.tokens = new Tokens(mac, model);
  }

  ResolvedMaster result() {
    Map<MasterAttribute, ConfigParameter> chosen = chosen();
    Map<MasterAttribute, String> values = new EnumMap<>(MasterAttribute.class);
    chosen.forEach((attribute, written) -> {
      MasterLimits.check(attribute, written, problems);
      values.put(attribute, tokens.substitute(written, written.value(), problems).strip());
    });
    Map<MasterAttribute, Location> directories = directories(chosen, values);
    List<Location> configFiles = configFiles(chosen, values);
    List<Location> firmware = firmware(chosen, values);
    Optional<Location> bootblock = bootblock(chosen, values);
    for (ConfigParameter unknown : master.unknownAttributes()) {
      problems.add(
          new MasterProblem(
              unknown.name(),
              unknown.line(),
              "'" + unknown.name() + "' is not a master config attribute; a phone ignores it"));
    }
    problems.sort(Comparator.comparingInt(MasterProblem::line));
    return new ResolvedMaster(
        master.path(), firmware, configFiles, directories, values, problems, bootblock);
  }

  /**
   * Generic values, replaced by this model's own. An empty per-model value does not replace the
   * generic one: Polycom's own templates ship empty {@code APP_FILE_PATH_<MODEL>=""} children next
   * to a working generic value, and reading those as "the root" would break every such deployment.
   */
  private Map<MasterAttribute, ConfigParameter> chosen() {
    Map<MasterAttribute, ConfigParameter> chosen = new EnumMap<>(MasterAttribute.class);
    chosen.putAll(master.generic());
    Map<MasterAttribute, ConfigParameter> own =
        model
            .map(m -> master.perModel().get(m.masterToken().toUpperCase(Locale.ROOT)))
            .orElse(Map.of());
    own.forEach((attribute, written) -> {
      if (!written.value().isBlank() || !chosen.containsKey(attribute)) {
        chosen.put(attribute, written);
      }
    });
    return chosen;
  }

  private Map<MasterAttribute, Location> directories(
      Map<MasterAttribute, ConfigParameter> chosen, Map<MasterAttribute, String> values) {
    Map<MasterAttribute, Location> directories = new EnumMap<>(MasterAttribute.class);
    values.forEach((attribute, value) -> {
      if (attribute.isDirectory() && !value.isEmpty()) {
        String consequence = "the provisioning root is used instead";
        Location at =
            located(chosen.get(attribute), value, consequence).orElse(new Location.TreePath(""));
        directories.put(attribute, at);
      }
    });
    return directories;
  }

  private List<Location> configFiles(
      Map<MasterAttribute, ConfigParameter> chosen, Map<MasterAttribute, String> values) {
    ConfigParameter written = chosen.get(MasterAttribute.CONFIG_FILES);
    List<Location> files = new ArrayList<>();
    for (String entry :
        MasterLimits.entries(values.getOrDefault(MasterAttribute.CONFIG_FILES, ""))) {
      located(written, entry, "the entry is dropped").ifPresent(files::add);
    }
    return files;
  }

  /**
   * The firmware files in the order a phone asks for them: for a known part number the split image
   * {@code <PART>.<name>} beside the named file first, then the named file itself; a value that
   * holds {@code [PHONE_PART_NUMBER]} already names the split image, so it is the only one.
   */
  private List<Location> firmware(
      Map<MasterAttribute, ConfigParameter> chosen, Map<MasterAttribute, String> values) {
    ConfigParameter written =
        Optional.ofNullable(chosen.get(MasterAttribute.APP_FILE_PATH))
            .filter(p -> !p.value().isBlank())
            .orElse(ConfigParameter.of(MasterAttribute.APP_FILE_PATH.name(), DEFAULT_FIRMWARE));
    String value = values.getOrDefault(MasterAttribute.APP_FILE_PATH, "");
    Optional<Location> image =
        located(written, value.isEmpty() ? DEFAULT_FIRMWARE : value, "no firmware is served");
    if (image.isEmpty() || namesNoFile(written, image.get())) {
      return List.of();
    }
    Optional<String> part = model.flatMap(PhoneModel::partNumber);
    if (Tokens.hasPartNumber(written.value()) || part.isEmpty()) {
      return List.of(image.get());
    }
    Location split = image.get().withFileNamePrefix(part.get() + ".");
    return split.equals(image.get()) ? List.of(image.get()) : List.of(split, image.get());
  }

  private Optional<Location> bootblock(
      Map<MasterAttribute, ConfigParameter> chosen, Map<MasterAttribute, String> values) {
    String value = values.getOrDefault(MasterAttribute.BOOTBLOCK_FILE_PATH, "");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    ConfigParameter written = chosen.get(MasterAttribute.BOOTBLOCK_FILE_PATH);
    return located(written, value, "no boot block is served")
        .filter(at -> !namesNoFile(written, at));
  }

  private boolean namesNoFile(ConfigParameter written, Location at) {
    if (at instanceof Location.TreePath(String path) && path.isEmpty()) {
      problems.add(
          new MasterProblem(
              written.name(),
              written.line(),
              "'"
                  + written.value().strip()
                  + "' names the provisioning root, not a file; no image is served"));
      return true;
    }
    return false;
  }

  /** The location of a value, or a problem saying what happens instead when it leaves the root. */
  private Optional<Location> located(ConfigParameter written, String value, String consequence) {
    Optional<Location> at = Location.parse(value);
    if (at.isEmpty()) {
      problems.add(
          new MasterProblem(
              written.name(),
              written.line(),
              "'" + value + "' climbs above the provisioning root with '..'; " + consequence));
    }
    return at;
  }
}
