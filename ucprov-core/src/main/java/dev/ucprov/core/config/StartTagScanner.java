package dev.ucprov.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where each attribute of each start tag sits in the text, walking in step with the XML
 * parser: each call to {@link #next()} answers for the start tag the parser reported last.
 *
 * <p>It relies on the parser having checked the markup up to that tag, so it only needs to skip
 * what may hide a {@code <} (comments, CDATA sections, processing instructions) and read attribute
 * names and quotes. The parser's own character offsets cannot be used: they drift after line-end
 * normalisation in large files. Linear in the text; not thread-safe (one per read).
 */
final class StartTagScanner {

  /** One attribute as written: qualified name and the offset of its first character. */
  record Attribute(String name, int offset) {}

  /** A start tag: the offset of its {@code <} and its attributes in document order. */
  record StartTag(int offset, List<Attribute> attributes) {}

  private final String text;
  private int position;

  StartTagScanner(String text) {
    this.text = text;
  }

  /** The next start tag after the last one returned, or one at the end of text if there is none. */
  StartTag next() {
    while (position < text.length()) {
      int open = text.indexOf('<', position);
      if (open < 0) {
        break;
      }
      if (text.startsWith("<!--", open)) {
        position = after("-->", open + 4);
      } else if (text.startsWith("<![CDATA[", open)) {
        position = after("]]>", open + 9);
      } else if (text.startsWith("<?", open)) {
        position = after("?>", open + 2);
      } else if (text.startsWith("</", open) || text.startsWith("<!", open)) {
        position = after(">", open + 2);
      } else {
        return startTag(open);
      }
    }
    position = text.length();
    return new StartTag(text.length(), List.of());
  }

  private StartTag startTag(int open) {
    int i = skipName(open + 1);
    List<Attribute> attributes = new ArrayList<>();
    while (true) {
      i = skipSpace(i);
      if (i >= text.length() || text.charAt(i) == '>' || text.charAt(i) == '/') {
        break;
      }
      int nameEnd = skipName(i);
      int quote = skipSpace(skipSpace(nameEnd) + 1);
      if (nameEnd == i || quote >= text.length()) {
        break;
      }
      attributes.add(new Attribute(text.substring(i, nameEnd), i));
      i = after(String.valueOf(text.charAt(quote)), quote + 1);
    }
    position = i;
    return new StartTag(open, attributes);
  }

  private int skipName(int from) {
    int i = from;
    while (i < text.length() && !isSpace(text.charAt(i)) && "=/>".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  private int skipSpace(int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The offset just past the next {@code end} at or after {@code from}; end of text if none. */
  private int after(String end, int from) {
    int at = text.indexOf(end, Math.min(from, text.length()));
    return at < 0 ? text.length() : at + end.length();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
