package dev.ucprov.app.cli;

import dev.ucprov.core.device.MacAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --mac} in any spelling {@link MacAddress#parse} accepts. */
public final class MacConverter implements ITypeConverter<MacAddress> {
  @Override
  public MacAddress convert(String value) {
    try {
      return MacAddress.parse(value);
    } catch (IllegalArgumentException e) {
      // picocli shows a TypeConversionException's message as is, without a stack trace.
      throw new TypeConversionException(e.getMessage());
    }
  }
}
