package dev.ucprov.core.tree;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An in-memory tree: what tests build fixtures with, and what renderers hand to the core. */
public final class MapTree implements ProvisioningTree {

  private final Map<String, byte[]> files;

  private MapTree(Map<String, byte[]> files) {
    this.files = files;
  }

  /** A tree of the given paths and contents; the map is copied. */
  public static MapTree of(Map<String, byte[]> files) {
    Map<String, byte[]> copy = new TreeMap<>();
    files.forEach((path, bytes) -> copy.put(path, bytes.clone()));
    return new MapTree(copy);
  }

  /** A tree of UTF-8 text files, for tests and examples. */
  public static MapTree ofText(Map<String, String> files) {
    Map<String, byte[]> copy = new TreeMap<>();
    files.forEach((path, text) -> copy.put(path, text.getBytes(StandardCharsets.UTF_8)));
    return new MapTree(copy);
  }

  @Override
  public Optional<byte[]> read(String path) {
    byte[] bytes = files.get(path);
    return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
  }

  @Override
  public List<String> paths() {
    return List.copyOf(files.keySet());
  }
}
