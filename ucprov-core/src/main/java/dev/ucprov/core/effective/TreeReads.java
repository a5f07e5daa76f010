package dev.ucprov.core.effective;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.config.ConfigSyntaxException;
import dev.ucprov.core.tree.ProvisioningTree;
import java.util.HashMap;
import java.util.Map;

/**
 * The tree as seen by one resolution: each path is read and parsed at most once, however many times
 * the master names it. Not thread-safe; one instance per {@code resolve} call.
 */
final class TreeReads {

  private final ProvisioningTree tree;
  private final ConfigReader reader;
  private final Map<String, FileRead> cache = new HashMap<>();

  TreeReads(ProvisioningTree tree, ConfigReader reader) {
    this.tree = tree;
    this.reader = reader;
  }

  FileRead read(String path) {
    return cache.computeIfAbsent(path, this::readNow);
  }

  private FileRead readNow(String path) {
    return tree.read(path)
        .<FileRead>map(bytes -> {
          try {
            return new FileRead.Found(reader.read(path, bytes));
          } catch (ConfigSyntaxException e) {
            return new FileRead.Unreadable(e);
          }
        })
        .orElseGet(() -> new FileRead.Absent(path));
  }
}
