package dev.ucprov.core.config;

import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * Turns the JDK parser's errors into messages an operator can act on.
 *
 * <p>The namespace-aware parser reports some errors as a bare message key ({@code
 * ...REC-xml-names-19990114#AttributeNotUnique?params&reg.1.address}); those are spelled out here.
 */
final class XmlErrors {

  private static final String KEY_MARK = "REC-xml-names-19990114#";

  private XmlErrors() {}

  /**
   * The syntax error for a parser failure. {@code tags} must stand where the parser stopped: for an
   * attribute set twice on one element, its next tag is that element, and the position given is the
   * second occurrence rather than the end of the tag.
   */
  static ConfigSyntaxException syntax(
      String path, XMLStreamException e, StartTagScanner tags, TextPositions positions) {
    String reason = "malformed XML: " + reason(e);
    String duplicate = keyArgument(e, "AttributeNotUnique", 1);
    if (duplicate != null) {
      int offset = secondOccurrence(tags.next().attributes(), duplicate);
      if (offset >= 0) {
        return new ConfigSyntaxException(
            path, positions.line(offset), positions.column(offset), reason);
      }
    }
    Location at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
    return new ConfigSyntaxException(path, line, column, reason);
  }

  static String reason(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the position is ours to print.
    int cut = message.indexOf("Message: ");
    message = (cut >= 0 ? message.substring(cut + 9) : message).strip();
    message = message.replaceFirst("^JAXP\\d+:\\s*", "");
    int key = message.indexOf(KEY_MARK);
    if (key >= 0) {
      return namespaceError(message.substring(key + KEY_MARK.length()));
    }
    if (message.startsWith("Premature end of file")) {
      return "no root element: the file is empty or holds only comments";
    }
    if (message.contains("\"[xX][mM][lL]\"")) {
      return "the XML declaration <?xml ...?> must be at the very start of the file,"
          + " with nothing (not even a blank line) before it";
    }
    return message;
  }

  /** {@code Key?arg0&arg1...} as the JDK's namespace scanner writes it. */
  private static String namespaceError(String keyAndArguments) {
    String[] parts = keyAndArguments.split("[?&]", -1);
    String arg1 = parts.length > 1 ? parts[1] : "?";
    String arg2 = parts.length > 2 ? parts[2] : "?";
    return switch (parts[0]) {
      case "AttributeNotUnique", "AttributeNSNotUnique" ->
          "attribute \"" + arg2 + "\" is set twice on the same element <" + arg1 + ">";
      case "AttributePrefixUnbound" ->
          "attribute \""
              + arg2
              + "\" on <"
              + arg1
              + "> has an undeclared namespace prefix (parameter names contain no ':')";
      case "ElementPrefixUnbound" -> "element <" + arg2 + "> has an undeclared namespace prefix";
      default -> keyAndArguments;
    };
  }

  /** The argument at {@code index} when the error is the namespace key {@code key}, else null. */
  private static String keyArgument(XMLStreamException e, String key, int index) {
    String message = e.getMessage();
    int at = message == null ? -1 : message.indexOf(KEY_MARK + key + "?");
    if (at < 0) {
      return null;
    }
    String[] parts = message.substring(at + KEY_MARK.length()).strip().split("[?&]", -1);
    return parts.length > index + 1 ? parts[index + 1] : null;
  }

  private static int secondOccurrence(List<StartTagScanner.Attribute> attributes, String name) {
    boolean seen = false;
    for (StartTagScanner.Attribute attribute : attributes) {
      if (attribute.name().equals(name)) {
        if (seen) {
          return attribute.offset();
        }
        seen = true;
      }
    }
    return -1;
  }
}
