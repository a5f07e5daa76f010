package dev.ucprov.app.tree;

import java.nio.file.Path;

/** The shape of a tree path: relative, {@code /}-separated, no way out of the root. */
final class TreePaths {

  private TreePaths() {}

  /** Whether a tree path names something below the root rather than the root or above it. */
  static boolean isWellFormed(String path) {
    if (path == null || path.isEmpty() || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** {@code file} as a tree path of {@code root}, {@code /}-separated on every platform. */
  static String relative(Path root, Path file) {
    Path relative = root.relativize(file);
    StringBuilder out = new StringBuilder();
    for (Path part : relative) {
      if (!out.isEmpty()) {
        out.append('/');
      }
      out.append(part);
    }
    return out.toString();
  }
}
