package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.config.ConfigSyntaxException;
import dev.ucprov.core.master.MasterConfig;
import dev.ucprov.core.tree.ProvisioningTree;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What every rule needs to know about one tree, worked out once: each {@code *.cfg} / {@code *.xml}
 * file read (or why it could not be), the masters, each master resolved generically and for every
 * model it names, and which files some phone may ask for. Immutable once built.
 */
public final class LintContext {

  private final Set<String> paths;
  private final Map<String, ParsedFile> files;
  private final List<MasterFile> masters;
  private final List<MasterReach> resolutions;
  private final Reachability reachability;

  private LintContext(
      Set<String> paths,
      Map<String, ParsedFile> files,
      List<MasterFile> masters,
      List<MasterReach> resolutions) {
    this.paths = Collections.unmodifiableSet(paths);
    this.files = Collections.unmodifiableMap(files);
    this.masters = List.copyOf(masters);
    this.resolutions = List.copyOf(resolutions);
    this.reachability = new Reachability(this.resolutions);
  }

  /** Reads and resolves everything in the tree. */
  public static LintContext of(ProvisioningTree tree, ConfigReader reader) {
    Set<String> paths = new TreeSet<>(tree.paths());
    Map<String, ParsedFile> files = new TreeMap<>();
    for (String path : paths) {
      if (TreeNames.isConfigLike(path)) {
        tree.read(path).ifPresent(bytes -> files.put(path, parse(reader, path, bytes)));
      }
    }
    List<MasterFile> masters = new ArrayList<>();
    for (ParsedFile parsed : files.values()) {
      if (parsed instanceof ParsedFile.Readable(ConfigFile file) && MasterConfig.isMaster(file)) {
        MasterConfig.from(file).ifPresent(config -> masters.add(new MasterFile(file, config)));
      }
    }
    Resolutions resolver = new Resolutions(files);
    List<MasterReach> resolutions = new ArrayList<>();
    for (MasterFile master : masters) {
      resolutions.addAll(resolver.of(master));
    }
    return new LintContext(paths, files, masters, resolutions);
  }

  private static ParsedFile parse(ConfigReader reader, String path, byte[] bytes) {
    try {
      return new ParsedFile.Readable(reader.read(path, bytes));
    } catch (ConfigSyntaxException e) {
      return new ParsedFile.Unreadable(path, e);
    }
  }

  /** Every path in the tree, sorted. */
  public Set<String> paths() {
    return paths;
  }

  public boolean exists(String path) {
    return paths.contains(path);
  }

  /** Every {@code *.cfg} and {@code *.xml} file, readable or not, sorted by path. */
  public Collection<ParsedFile> parsedFiles() {
    return files.values();
  }

  /** Every file the reader accepted, masters included, sorted by path. */
  public List<ConfigFile> readableFiles() {
    List<ConfigFile> out = new ArrayList<>();
    for (ParsedFile parsed : files.values()) {
      if (parsed instanceof ParsedFile.Readable(ConfigFile file)) {
        out.add(file);
      }
    }
    return out;
  }

  /** The file at a path when the reader accepted it. */
  public Optional<ConfigFile> readable(String path) {
    return files.get(path) instanceof ParsedFile.Readable(ConfigFile file)
        ? Optional.of(file)
        : Optional.empty();
  }

  /** Every master config, sorted by path. */
  public List<MasterFile> masters() {
    return masters;
  }

  /** Every master resolved generically and per model, grouped by master. */
  public List<MasterReach> resolutions() {
    return resolutions;
  }

  /** Whether some phone may ask for the path under some master. */
  public boolean isReachable(String path) {
    return reachability.reaches(path);
  }
}
