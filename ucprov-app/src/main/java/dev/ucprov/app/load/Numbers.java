package dev.ucprov.app.load;

import dev.ucprov.sim.load.LoadClients;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The converters of {@code loadtest}'s options; each message names what is accepted. */
final class Numbers {

  static final int MAX_PHONES = 1_000_000;

  private Numbers() {}

  /** A whole number of phones, 1 to {@value #MAX_PHONES}. */
  static final class Phones implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.strip());
        if (n >= 1 && n <= MAX_PHONES) {
          return n;
        }
      } catch (NumberFormatException e) {
        // answered below
      }
      throw new TypeConversionException(
          "'" + value + "' is not a whole number from 1 to " + MAX_PHONES);
    }
  }

  /** Log uploads a boot: 1 or 2. */
  static final class LogUploads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return switch (value.strip()) {
        case "1" -> 1;
        case "2" -> 2;
        default ->
            throw new TypeConversionException(
                "'" + value + "' is not 1 (the application log) or 2 (boot and application logs)");
      };
    }
  }

  /** A number above 0, fractions allowed. */
  static final class Positive implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double n = Double.parseDouble(value.strip());
        if (n > 0 && Double.isFinite(n)) {
          return n;
        }
      } catch (NumberFormatException e) {
        // answered below
      }
      throw new TypeConversionException("'" + value + "' is not a number above 0");
    }
  }

  /** A fraction from 0 to 1, or a percentage ({@code 1%}). */
  static final class ErrorRate implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String text = value.strip();
      boolean percent = text.endsWith("%");
      try {
        double n = Double.parseDouble(percent ? text.substring(0, text.length() - 1) : text);
        double rate = percent ? n / 100 : n;
        if (rate >= 0 && rate <= 1) {
          return rate;
        }
      } catch (NumberFormatException e) {
        // answered below
      }
      throw new TypeConversionException(
          "'"
              + value
              + "' is not an error rate: a fraction from 0 to 1 (0.01) or a percentage (1%)");
    }
  }

  /** {@code http}, {@code https} or {@code tftp}, any case. */
  static final class ProtocolConverter implements ITypeConverter<LoadClients.Protocol> {
    @Override
    public LoadClients.Protocol convert(String value) {
      return LoadClients.Protocol.ofScheme(value.strip().toLowerCase(Locale.ROOT))
          .orElseThrow(
              () -> new TypeConversionException("'" + value + "' is not http, https or tftp"));
    }
  }
}
