package dev.ucprov.app.cli;

import dev.ucprov.core.tenant.TenantId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --tenant}: a tenant id as {@link TenantId} accepts it. */
public final class TenantIdConverter implements ITypeConverter<TenantId> {
  @Override
  public TenantId convert(String value) {
    try {
      return new TenantId(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
