package dev.ucprov.core.master;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A master config resolved for one phone.
 *
 * @param masterPath the master file this came from
 * @param firmware firmware paths the phone asks for, in the order it asks: for a split image the
 *     part-number file first ({@code 3111-46162-001.sip.ld}), then the combined one ({@code
 *     sip.ld}); {@code sip.ld} when {@code APP_FILE_PATH} is unset
 * @param configFiles the CONFIG_FILES entries, left to right (leftmost wins), tokens substituted
 * @param directories every directory attribute that is set to a non-empty value, normalised (a
 *     value such as {@code /} or {@code ./} gives the root); unset and empty ones are absent
 * @param attributes the effective (post per-model, post substitution, trimmed) value of every
 *     attribute that is written in the master, {@code ""} when it is written empty. So for a
 *     directory, {@code attributes} tells "set to the root" ({@code ""}) from "never mentioned"
 *     (absent), while {@link #directory} gives the root for both, as a phone does
 * @param problems limits exceeded, unsubstituted tokens and other issues for this phone, by line
 * @param bootblock where {@code BOOTBLOCK_FILE_PATH} points (UCS 5), tokens substituted; empty when
 *     unset, empty or unusable
 */
public record ResolvedMaster(
    String masterPath,
    List<Location> firmware,
    List<Location> configFiles,
    Map<MasterAttribute, Location> directories,
    Map<MasterAttribute, String> attributes,
    List<MasterProblem> problems,
    Optional<Location> bootblock) {

  public ResolvedMaster {
    firmware = List.copyOf(firmware);
    configFiles = List.copyOf(configFiles);
    directories = Map.copyOf(directories);
    attributes = Map.copyOf(attributes);
    problems = List.copyOf(problems);
  }

  /** A resolution without a boot block, for callers written before it was added. */
  public ResolvedMaster(
      String masterPath,
      List<Location> firmware,
      List<Location> configFiles,
      Map<MasterAttribute, Location> directories,
      Map<MasterAttribute, String> attributes,
      List<MasterProblem> problems) {
    this(masterPath, firmware, configFiles, directories, attributes, problems, Optional.empty());
  }

  /** The directory an attribute names, the provisioning root when it is unset or empty. */
  public Location directory(MasterAttribute attribute) {
    if (!attribute.isDirectory()) {
      throw new IllegalArgumentException(attribute + " is not a directory attribute");
    }
    return directories.getOrDefault(attribute, new Location.TreePath(""));
  }

  /** Whether the attribute was set (to anything, even empty) in the master. */
  public Optional<String> attribute(MasterAttribute attribute) {
    return Optional.ofNullable(attributes.get(attribute));
  }

  /** Where {@code fileName} lives inside the directory an attribute names. */
  public Location fileIn(MasterAttribute attribute, String fileName) {
    return switch (directory(attribute)) {
      case Location.TreePath dir -> dir.resolve(fileName);
      case Location.Url url -> url.resolve(fileName);
    };
  }
}
