package dev.ucprov.core.files;

import java.util.Optional;

/**
 * A safe, normalised path of a stored file: relative, {@code /}-separated, no empty, {@code .} or
 * {@code ..} segment, no backslash, no control character, at most 255 characters a segment and 1024
 * in all. Brackets are allowed so a name can carry {@code [PHONE_MAC_ADDRESS]}.
 */
public record FilePath(String value) {

  public static final int MAX_SEGMENT = 255;
  public static final int MAX_LENGTH = 1024;

  public FilePath {
    Optional<String> problem = problem(value);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
  }

  /** The path, or why it is refused. */
  public static Optional<String> problem(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of("empty file path");
    }
    if (value.length() > MAX_LENGTH) {
      return Optional.of("file path longer than " + MAX_LENGTH + " characters: " + shown(value));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return Optional.of("control character in file path at index " + i + ": " + shown(value));
      }
      if (c == '\\') {
        return Optional.of("backslash in file path: " + shown(value));
      }
    }
    if (value.startsWith("/")) {
      return Optional.of("absolute file path: " + shown(value));
    }
    // Segment by segment without splitting: every phone request checks a path or three.
    for (int start = 0; start <= value.length(); ) {
      int end = value.indexOf('/', start);
      if (end < 0) {
        end = value.length();
      }
      int length = end - start;
      if (length == 0
          || (length == 1 && value.charAt(start) == '.')
          || (length == 2 && value.startsWith("..", start))) {
        return Optional.of("empty, '.' or '..' segment in file path: " + shown(value));
      }
      if (length > MAX_SEGMENT) {
        return Optional.of("file name longer than " + MAX_SEGMENT + " characters: " + shown(value));
      }
      start = end + 1;
    }
    return Optional.empty();
  }

  private static String shown(String value) {
    return "\"" + (value.length() > 80 ? value.substring(0, 80) + "..." : value) + "\"";
  }

  /** The last segment. */
  public String fileName() {
    return value.substring(value.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return value;
  }
}
