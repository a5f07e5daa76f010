package dev.ucprov.sim.phone;

/** XML escaping for the files a phone writes. */
final class Xml {

  private Xml() {}

  /** Escapes for an attribute value or text; control characters other than tab become spaces. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c < ' ' && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
