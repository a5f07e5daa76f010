package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.core.master.ResolvedMaster;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A master resolved for one kind of phone (the generic values, or one model's), with the config
 * files it reaches.
 *
 * @param master the master file
 * @param model the master model token ({@code VVX410}) for a per-model resolution
 * @param resolved what the master means for that phone
 * @param entries the CONFIG_FILES entries, left to right
 * @param files the readable tree files of the concrete entries, left to right, each once
 * @param perPhoneFiles readable tree files that a templated entry stands for
 * @param settings the winning value of each parameter over {@code files} (leftmost wins)
 * @param complete whether the linter sees every file the CONFIG_FILES name: none is a URL outside
 *     the tree, and every tree entry is there and readable (a phone missing one uses its cached
 *     copy of them all). Rules that report a parameter as absent only run on complete reaches
 */
public record MasterReach(
    MasterFile master,
    Optional<String> model,
    ResolvedMaster resolved,
    List<ConfigEntry> entries,
    List<ConfigFile> files,
    List<ConfigFile> perPhoneFiles,
    Map<String, Setting> settings,
    boolean complete) {

  public MasterReach {
    entries = List.copyOf(entries);
    files = List.copyOf(files);
    perPhoneFiles = List.copyOf(perPhoneFiles);
    settings = Map.copyOf(settings);
  }

  public String masterPath() {
    return master.path();
  }

  /** The attribute as written that applies to this resolution. */
  public Optional<ConfigParameter> attribute(MasterAttribute attribute) {
    return master.attribute(attribute, model);
  }

  /** The line of the attribute that applies, else the master's anchor line. */
  public int lineOf(MasterAttribute attribute) {
    return attribute(attribute).map(ConfigParameter::line).orElse(master.anchorLine());
  }

  /**
   * Words that name which phones a finding about an attribute concerns: empty when the generic
   * value applies (so that the finding is the same for every model and reported once).
   */
  public String scope(MasterAttribute attribute) {
    return master.hasOwn(attribute, model) ? " for " + model.orElseThrow() + " phones" : "";
  }

  /**
   * {@code the CONFIG_FILES of 000000000000.cfg}, with the model when it has its own list: for
   * findings that point at the master's CONFIG_FILES line.
   */
  public String configFilesText() {
    return "the CONFIG_FILES of " + masterPath() + scope(MasterAttribute.CONFIG_FILES);
  }

  /**
   * {@code the CONFIG_FILES of 000000000000.cfg}, without the model: for findings that point at a
   * line of a config file, which are the same whichever list reached it and so reported once.
   */
  public String listText() {
    return "the CONFIG_FILES of " + masterPath();
  }

  /** Whether any reached file sets the parameter, per-phone files included. */
  public boolean setsAnywhere(String name) {
    return settings.containsKey(name)
        || perPhoneFiles.stream().anyMatch(f -> f.first(name).isPresent());
  }

  /** The winning value of a parameter over the shared files. */
  public Optional<Setting> setting(String name) {
    return Optional.ofNullable(settings.get(name));
  }
}
