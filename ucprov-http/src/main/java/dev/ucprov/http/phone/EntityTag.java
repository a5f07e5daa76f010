package dev.ucprov.http.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An entity tag (RFC 9110 section 8.8.3): an opaque quoted string, possibly marked weak.
 *
 * @param opaque the tag with its quotes, {@code "abc"}
 * @param weak whether it was sent as {@code W/"abc"}
 */
record EntityTag(String opaque, boolean weak) {

  /** A strong tag for a value, quoted unless it already is. */
  static EntityTag strong(String value) {
    String quoted = value.startsWith("\"") && value.endsWith("\"") ? value : '"' + value + '"';
    return new EntityTag(quoted, false);
  }

  /** As sent in an ETag header. */
  String header() {
    return weak ? "W/" + opaque : opaque;
  }

  /** Weak comparison (section 8.8.3.2): the opaque tags match, weakness aside. */
  boolean weaklyMatches(EntityTag other) {
    return opaque.equals(other.opaque);
  }

  /** Strong comparison: neither is weak and the opaque tags match. */
  boolean stronglyMatches(EntityTag other) {
    return !weak && !other.weak && opaque.equals(other.opaque);
  }

  /** One entity tag, the whole value; empty when it is not one (a date, say). */
  static Optional<EntityTag> parseOne(String value) {
    List<EntityTag> tags = new ArrayList<>();
    String rest = value.trim();
    int end = readTag(rest, 0, tags);
    return end == rest.length() && tags.size() == 1 ? Optional.of(tags.get(0)) : Optional.empty();
  }

  /**
   * The tags of an If-None-Match list ({@code "a", W/"b"}); members that are not tags are skipped,
   * so a malformed member can only fail to match. A comma may sit inside a tag, so the list is
   * split by reading tags, not by commas.
   */
  static List<EntityTag> parseList(String value) {
    List<EntityTag> tags = new ArrayList<>();
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == ',' || c == ' ' || c == '\t') {
        i++;
        continue;
      }
      int end = readTag(value, i, tags);
      i = end > i ? end : skipMember(value, i);
    }
    return tags;
  }

  /** Reads a tag at {@code start} into {@code into}; the index after it, or start when none. */
  private static int readTag(String value, int start, List<EntityTag> into) {
    boolean weak = value.startsWith("W/", start);
    int open = weak ? start + 2 : start;
    if (open >= value.length() || value.charAt(open) != '"') {
      return start;
    }
    int close = value.indexOf('"', open + 1);
    if (close < 0) {
      return start;
    }
    into.add(new EntityTag(value.substring(open, close + 1), weak));
    return close + 1;
  }

  private static int skipMember(String value, int start) {
    int comma = value.indexOf(',', start);
    return comma < 0 ? value.length() : comma + 1;
  }
}
