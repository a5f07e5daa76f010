package dev.ucprov.core.effective;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tree.MapTree;
import dev.ucprov.core.tree.ProvisioningTree;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Trees and a resolver for the tests of this package; every fixture is written here. */
final class Fixtures {

  static final MacAddress MAC = MacAddress.parse("0004f2aabbcc");

  private Fixtures() {}

  /** A one-line master with these CONFIG_FILES and the overrides in the root. */
  static String master(String configFiles) {
    return "<APPLICATION APP_FILE_PATH=\"sip.ld\" CONFIG_FILES=\""
        + configFiles
        + "\" OVERRIDES_DIRECTORY=\"\"/>\n";
  }

  /** A config file whose parameters all sit on one element, one per line from line 2. */
  static String config(String... nameValuePairs) {
    StringBuilder out = new StringBuilder("<polycomConfig>\n");
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      out.append("  <p ")
          .append(nameValuePairs[i])
          .append("=\"")
          .append(nameValuePairs[i + 1])
          .append("\"/>\n");
    }
    return out.append("</polycomConfig>\n").toString();
  }

  static EffectiveConfig resolve(Map<String, String> files) {
    return resolve(MapTree.ofText(files), Optional.empty());
  }

  static EffectiveConfig resolve(ProvisioningTree tree, Optional<String> model) {
    return new EffectiveConfigResolver(new ConfigReader()).resolve(tree, MAC, model);
  }

  static List<String> roles(EffectiveConfig config, String path) {
    return config.missingFiles().stream()
        .filter(m -> m.path().equals(path))
        .map(MissingFile::role)
        .toList();
  }

  /** A tree that counts how often each path is read. */
  static final class CountingTree implements ProvisioningTree {
    private final ProvisioningTree inner;
    private final Map<String, Integer> reads = new HashMap<>();

    CountingTree(ProvisioningTree inner) {
      this.inner = inner;
    }

    @Override
    public synchronized Optional<byte[]> read(String path) {
      reads.merge(path, 1, Integer::sum);
      return inner.read(path);
    }

    @Override
    public List<String> paths() {
      return inner.paths();
    }

    synchronized Map<String, Integer> reads() {
      return Map.copyOf(reads);
    }
  }
}
