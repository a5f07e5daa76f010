package dev.ucprov.core.lint;

import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.MasterAttribute;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tree paths some phone may ask for (polycom-facts.md §1): masters, firmware, CONFIG_FILES
 * (templates standing for every phone's file), and the MAC-named files of each directory attribute
 * (overrides, contacts, licences, logs, call lists...).
 */
final class Reachability {

  private static final String MAC_FILE = "[0-9A-Fa-f]{12}[-.][^/]*";

  private final Set<String> paths = new HashSet<>();
  private final List<Pattern> patterns = new ArrayList<>();

  Reachability(List<MasterReach> resolutions) {
    for (MasterReach resolution : resolutions) {
      paths.add(resolution.masterPath());
      for (Location firmware : resolution.resolved().firmware()) {
        if (firmware instanceof Location.TreePath(String path)) {
          paths.add(path);
        }
      }
      for (ConfigEntry entry : resolution.entries()) {
        entry.treePath().ifPresent(paths::add);
        entry.template().ifPresent(patterns::add);
      }
      for (MasterAttribute attribute : MasterAttribute.values()) {
        if (attribute.isDirectory()
            && resolution.resolved().directory(attribute)
                instanceof Location.TreePath(String dir)) {
          String prefix = dir.isEmpty() ? "" : Pattern.quote(dir + "/");
          patterns.add(Pattern.compile(prefix + MAC_FILE));
        }
      }
    }
  }

  boolean reaches(String path) {
    return paths.contains(path) || patterns.stream().anyMatch(p -> p.matcher(path).matches());
  }
}
