package dev.ucprov.app.explain;

import dev.ucprov.core.config.ConfigReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --param}: an exact parameter name ({@code reg.1.address}) or, with a trailing {@code
 * *}, every name starting with what precedes it ({@code reg.1.*}, {@code prov.polling*}).
 *
 * @param text what precedes the {@code *} for a prefix, the whole name otherwise
 * @param prefix whether it is a prefix
 */
public record ParameterPattern(String text, boolean prefix) {

  /** Whether a parameter name is selected by this pattern. */
  public boolean matches(String name) {
    return prefix ? name.startsWith(text) : name.equals(text);
  }

  /** Reads a {@code --param} value, refusing a {@code *} anywhere but at the end. */
  public static ParameterPattern parse(String value) {
    boolean prefix = value.endsWith("*");
    String text = prefix ? value.substring(0, value.length() - 1) : value;
    if (text.contains("*")) {
      throw new IllegalArgumentException(
          "'" + value + "' has a '*' before its end; only a trailing '*' (a prefix) is supported");
    }
    if (!prefix && !ConfigReader.isValidParameterName(text)) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a parameter name (dotted parts of letters, digits, _ and -)");
    }
    return new ParameterPattern(text, prefix);
  }

  /** The picocli adapter for {@link #parse}. */
  public static final class Converter implements ITypeConverter<ParameterPattern> {
    @Override
    public ParameterPattern convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
