package dev.ucprov.core.master;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one value of a master attribute as a {@link Location} (polycom-facts.md §1): a URL when it
 * starts with a scheme, else a path relative to the provisioning root.
 *
 * <p>Path spellings seen in the wild ({@code logs}, {@code ./logs}, {@code /logs}, {@code logs/},
 * {@code .\logs}) all mean the same directory, so the leading {@code /} is read as "the root of the
 * provisioning tree", never as the server's file system root.
 */
final class PathSyntax {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

  private PathSyntax() {}

  /** Whether the value is a full URL with its own scheme ({@code https://}, {@code ftp://}). */
  static boolean isUrl(String value) {
    return SCHEME.matcher(value).find();
  }

  /**
   * The location a value names; surrounding white space is ignored and a URL is kept as written.
   * Empty when a tree path climbs above the root with {@code ..}.
   */
  static Optional<Location> parse(String value) {
    String trimmed = value.strip();
    if (isUrl(trimmed)) {
      return Optional.of(new Location.Url(trimmed));
    }
    return normalise(trimmed).map(Location.TreePath::new);
  }

  /**
   * The canonical form of a tree path: {@code /}-separated, no empty or {@code .} segments, {@code
   * ..} applied; empty when {@code ..} would leave the root.
   */
  static Optional<String> normalise(String path) {
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.replace('\\', '/').split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.pollLast() == null) {
          return Optional.empty();
        }
        continue;
      }
      segments.addLast(segment);
    }
    return Optional.of(String.join("/", segments));
  }
}
