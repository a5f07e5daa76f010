package dev.ucprov.core.effective;

import dev.ucprov.core.config.ConfigProblem;
import dev.ucprov.core.device.MacAddress;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one phone ends up with, and why. The shape of {@code ucprov explain --format json}.
 *
 * @param mac the phone
 * @param model the master model token used ({@code VVX410}), when known
 * @param masterFile the master file the phone reads ({@code <MAC>.cfg} or {@code
 *     000000000000.cfg}), empty when neither exists
 * @param configFiles the resolved CONFIG_FILES, left to right, as the phone asks for them (a
 *     password in a URL shown as {@code ***})
 * @param parameters every applied parameter by name, sorted by name
 * @param notApplied parameters present in files but not applied (device.* without its flags)
 * @param missingFiles files the phone asks for that are not there, with the consequence
 * @param problems problems found in the files that were read (duplicates, invalid names, syntax)
 */
public record EffectiveConfig(
    MacAddress mac,
    Optional<String> model,
    Optional<String> masterFile,
    List<String> configFiles,
    Map<String, EffectiveParameter> parameters,
    List<NotApplied> notApplied,
    List<MissingFile> missingFiles,
    List<ConfigProblem> problems) {

  public EffectiveConfig {
    configFiles = List.copyOf(configFiles);
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    notApplied = List.copyOf(notApplied);
    missingFiles = List.copyOf(missingFiles);
    problems = List.copyOf(problems);
  }

  /** The applied parameter of that name; empty when no file sets it or it is not applied. */
  public Optional<EffectiveParameter> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }
}
