package dev.ucprov.sim.flash;

import java.util.Optional;

/**
 * A phone's flash file system (white paper, "Configuring Your Flash File System Settings"): the
 * copies of the files it last read, which it boots from when the server cannot give them, its own
 * files (overrides, contact directory), and a few settings (the running application version).
 *
 * <p>Names are the phone's: a server file under the location it was fetched from (a tree path or a
 * URL), the phone's own files under {@code local:} names. Implementations are thread-safe.
 */
public interface Flash {

  Optional<CachedFile> file(String name);

  void store(String name, CachedFile file);

  void erase(String name);

  Optional<String> setting(String key);

  void setting(String key, String value);

  /** Format File System: every file and setting gone. */
  void format();
}
