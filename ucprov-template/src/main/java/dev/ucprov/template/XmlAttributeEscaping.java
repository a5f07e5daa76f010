package dev.ucprov.template;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Escapes a value so it can stand inside an XML attribute value quoted either way, which is where
 * Polycom configuration values live: {@code & < > " '} become entities; tab, line feed and carriage
 * return become character references so an attribute keeps them (a parser would turn them into
 * spaces); other control characters, which XML 1.0 forbids, are dropped. Stateless.
 */
final class XmlAttributeEscaping implements EscapingStrategy {

  static final String NAME = "xml";

  @Override
  public String escape(String input) {
    StringBuilder out = null;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      String replacement = replacement(c);
      if (replacement == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(input.length() + 16).append(input, 0, i);
      }
      out.append(replacement);
    }
    return out == null ? input : out.toString();
  }

  /** The text to write for {@code c}, or null to write it as it is. */
  private static String replacement(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&apos;";
      case '\t' -> "&#9;";
      case '\n' -> "&#10;";
      case '\r' -> "&#13;";
      default -> c < 0x20 || c == 0xfffe || c == 0xffff ? "" : null;
    };
  }
}
