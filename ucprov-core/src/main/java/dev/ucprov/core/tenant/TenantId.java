package dev.ucprov.core.tenant;

import java.util.regex.Pattern;

/**
 * A tenant's identifier: the path prefix phones use ({@code http://server/acme/000000000000.cfg})
 * and the key of the admin API. 1 to 63 characters of lower-case letters, digits and inner hyphens,
 * so it can never be mistaken for a file name.
 */
public record TenantId(String value) {

  private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  public TenantId {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not a tenant id: "
              + (value == null ? "(none)" : "\"" + value + "\"")
              + " (1 to 63 lower-case letters, digits and inner hyphens)");
    }
  }

  /** Whether {@code value} is a valid tenant id, for routing without exceptions. */
  public static boolean isValid(String value) {
    return value != null && VALID.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
