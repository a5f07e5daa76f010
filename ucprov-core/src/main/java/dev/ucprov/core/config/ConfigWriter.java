package dev.ucprov.core.config;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes canonical Polycom configuration XML, UTF-8 without BOM: a {@code polycomConfig} root
 * holding {@code <params>} elements, one attribute per line. {@link ConfigReader} reads the output
 * back to the same names and values in the same order.
 *
 * <p>A name that repeats starts a new {@code <params>} element, since XML allows an attribute only
 * once per element; so even a list with duplicates survives the round trip. So does every {@value
 * #MAX_PER_ELEMENT}th parameter, because strict parsers (recent JDKs by default) refuse elements
 * with more than 200 attributes.
 */
public final class ConfigWriter {

  private static final int MAX_PER_ELEMENT = 100;

  private ConfigWriter() {}

  /**
   * The canonical document for these parameters.
   *
   * @throws IllegalArgumentException naming the parameter when a name is invalid or a value holds a
   *     character XML 1.0 cannot carry
   */
  public static byte[] write(List<ConfigParameter> parameters) {
    StringBuilder out = new StringBuilder(64 + parameters.size() * 48);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<polycomConfig>\n");
    Set<String> inElement = new HashSet<>();
    boolean open = false;
    for (ConfigParameter p : parameters) {
      if (!ConfigReader.isValidParameterName(p.name())) {
        throw new IllegalArgumentException("not a valid parameter name: '" + p.name() + "'");
      }
      if (p.value() == null) {
        throw new IllegalArgumentException("parameter '" + p.name() + "' has no value");
      }
      if (!open || inElement.size() == MAX_PER_ELEMENT || !inElement.add(p.name())) {
        if (open) {
          out.append("/>\n");
        }
        out.append("  <params");
        inElement.clear();
        inElement.add(p.name());
        open = true;
      }
      out.append("\n    ").append(p.name()).append("=\"");
      escape(p.name(), p.value(), out);
      out.append('"');
    }
    if (open) {
      out.append("/>\n");
    }
    out.append("</polycomConfig>\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void escape(String name, String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        // Attribute-value normalisation would turn raw whitespace controls into spaces.
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xfffe || c == 0xffff) {
            throw new IllegalArgumentException(
                "value of '"
                    + name
                    + "' holds character U+"
                    + String.format("%04X", (int) c)
                    + ", which XML 1.0 cannot carry");
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
