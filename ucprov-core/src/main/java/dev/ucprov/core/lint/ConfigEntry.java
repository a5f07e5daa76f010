package dev.ucprov.core.lint;

import dev.ucprov.core.master.Location;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One CONFIG_FILES entry of a resolved master.
 *
 * @param location where the phone looks, tokens substituted as far as the resolution could
 * @param template for an entry that differs from phone to phone ({@code [PHONE_MAC_ADDRESS]}, or a
 *     model token a generic resolution cannot fill), the tree paths it stands for; empty for an
 *     entry every phone of the resolution reads alike
 */
public record ConfigEntry(Location location, Optional<Pattern> template) {

  /** Whether this entry names one file every phone of the resolution reads. */
  public boolean isConcrete() {
    return template.isEmpty();
  }

  /** The tree path of a concrete entry in this tree; empty for a URL or a template. */
  public Optional<String> treePath() {
    return location instanceof Location.TreePath(String path) && isConcrete()
        ? Optional.of(path)
        : Optional.empty();
  }

  /** Whether a tree path is one of the files a template stands for. */
  public boolean matches(String path) {
    return template.map(p -> p.matcher(path).matches()).orElse(false);
  }
}
