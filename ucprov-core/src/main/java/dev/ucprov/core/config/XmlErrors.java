package dev.ucprov.core.config;

import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** Turns the JDK parser's errors into messages and positions an operator can act on. */
final class XmlErrors {

  private XmlErrors() {}

  /**
   * The syntax error for a parser failure. {@code tags} must stand where the parser stopped. When
   * the parser stopped on a start tag that sets an attribute twice, the position given is that of
   * the second occurrence rather than the end of the tag (found by scanning, so it does not depend
   * on the language of the parser's messages).
   */
  static ConfigSyntaxException syntax(
      String path, XMLStreamException e, StartTagScanner tags, TextPositions positions) {
    String reason = "malformed XML: " + reason(e);
    Location at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
    StartTagScanner.StartTag next = tags.next();
    int tagLine = positions.line(next.offset());
    boolean stoppedInTag =
        line > tagLine || (line == tagLine && column >= positions.column(next.offset()));
    int repeated = repeatedAttribute(next);
    if (stoppedInTag && repeated >= 0) {
      return new ConfigSyntaxException(
          path, positions.line(repeated), positions.column(repeated), reason);
    }
    return new ConfigSyntaxException(path, line, column, reason);
  }

  private static String reason(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the position is ours to print.
    int cut = message.indexOf("Message: ");
    message = (cut >= 0 ? message.substring(cut + 9) : message).strip();
    message = message.replaceFirst("^JAXP\\d+:\\s*", "");
    if (message.contains("\"[xX][mM][lL]\"")) {
      return "the XML declaration <?xml ...?> must be at the very start of the file,"
          + " with nothing (not even a blank line) before it";
    }
    return message;
  }

  /** The offset of the first attribute whose name already appeared in the tag, or -1. */
  private static int repeatedAttribute(StartTagScanner.StartTag tag) {
    Set<String> seen = new HashSet<>();
    for (StartTagScanner.Attribute attribute : tag.attributes()) {
      if (!seen.add(attribute.name())) {
        return attribute.offset();
      }
    }
    return -1;
  }
}
