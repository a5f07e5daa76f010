package dev.ucprov.http.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route's path: literal segments, {@code {name}} for one segment, and a final {@code {name...}}
 * for the rest of the path (a file path with its slashes).
 */
record PathPattern(String text, List<String> segments) {

  PathPattern {
    segments = List.copyOf(segments);
  }

  static PathPattern of(String text) {
    List<String> segments = new ArrayList<>(List.of(text.substring(1).split("/", -1)));
    return new PathPattern(text, segments);
  }

  /** The variables of a decoded path this pattern matches; empty when it does not match. */
  Optional<Map<String, String>> match(String path) {
    if (!path.startsWith("/")) {
      return Optional.empty();
    }
    String[] parts = path.substring(1).split("/", -1);
    Map<String, String> variables = new HashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (segment.endsWith("...}")) {
        if (i >= parts.length) {
          return Optional.empty();
        }
        String rest = String.join("/", List.of(parts).subList(i, parts.length));
        variables.put(segment.substring(1, segment.length() - 4), rest);
        return Optional.of(variables);
      }
      if (i >= parts.length || parts[i].isEmpty()) {
        return Optional.empty();
      }
      if (segment.startsWith("{")) {
        variables.put(segment.substring(1, segment.length() - 1), parts[i]);
      } else if (!segment.equals(parts[i])) {
        return Optional.empty();
      }
    }
    return parts.length == segments.size() ? Optional.of(variables) : Optional.empty();
  }
}
