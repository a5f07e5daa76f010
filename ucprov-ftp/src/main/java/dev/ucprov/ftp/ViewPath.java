package dev.ucprov.ftp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path in a session's view, absolute and normalised: the root ({@code /}) is the tenant's root.
 * Resolving {@code .}, {@code ..} and empty segments happens here, once; a path that climbs above
 * the root resolves to nothing, so nothing escapes it. A backslash separates segments too, as some
 * clients send it.
 *
 * @param segments the names from the root down, none empty, {@code .} or {@code ..}
 */
record ViewPath(List<String> segments) {

  static final ViewPath ROOT = new ViewPath(List.of());

  ViewPath {
    segments = List.copyOf(segments);
  }

  /** {@code argument} read from {@code from}: absolute when it starts with a slash. */
  static Optional<ViewPath> resolve(ViewPath from, String argument) {
    String text = argument.replace('\\', '/');
    List<String> out = new ArrayList<>(text.startsWith("/") ? List.of() : from.segments);
    for (String segment : text.split("/", -1)) {
      switch (segment) {
        case "", "." -> {
          // nothing to do
        }
        case ".." -> {
          if (out.isEmpty()) {
            return Optional.empty();
          }
          out.remove(out.size() - 1);
        }
        default -> out.add(segment);
      }
    }
    return Optional.of(new ViewPath(out));
  }

  boolean isRoot() {
    return segments.isEmpty();
  }

  /** The path within the tenant, as a {@code FileRequest} carries it: {@code logs/x.log}. */
  String relative() {
    return String.join("/", segments);
  }

  /** The last segment; {@code /} for the root. */
  String name() {
    return isRoot() ? "/" : segments.get(segments.size() - 1);
  }

  /** Whether {@code other} lies below this directory (not the directory itself). */
  boolean contains(ViewPath other) {
    return other.segments.size() > segments.size()
        && other.segments.subList(0, segments.size()).equals(segments);
  }

  /** The child of this directory on the way to {@code below}, which it contains. */
  ViewPath childToward(ViewPath below) {
    return new ViewPath(below.segments.subList(0, segments.size() + 1));
  }

  /** {@code /logs/x.log}. */
  @Override
  public String toString() {
    return "/" + relative();
  }
}
