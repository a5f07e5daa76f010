package dev.ucprov.app.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code --format} selects: aligned text for people or JSON for programs. */
public enum OutputFormat {
  TEXT,
  JSON;

  /** Reads {@code text} or {@code json}, any case, with a message naming both on anything else. */
  public static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "text" -> TEXT;
        case "json" -> JSON;
        default ->
            throw new TypeConversionException(
                "unknown format '" + value + "' (expected text or json)");
      };
    }
  }
}
