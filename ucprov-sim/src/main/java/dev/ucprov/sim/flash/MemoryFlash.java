package dev.ucprov.sim.flash;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A flash in memory: what thousands of simulated phones use. Thread-safe. */
public final class MemoryFlash implements Flash {

  private final Map<String, CachedFile> files = new ConcurrentHashMap<>();
  private final Map<String, String> settings = new ConcurrentHashMap<>();

  @Override
  public Optional<CachedFile> file(String name) {
    return Optional.ofNullable(files.get(name));
  }

  @Override
  public void store(String name, CachedFile file) {
    files.put(name, file);
  }

  @Override
  public void erase(String name) {
    files.remove(name);
  }

  @Override
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  @Override
  public void setting(String key, String value) {
    settings.put(key, value);
  }

  @Override
  public void format() {
    files.clear();
    settings.clear();
  }
}
