package dev.ucprov.core.tenant;

/**
 * A tenant's identifier: the path prefix phones use ({@code http://server/acme/000000000000.cfg})
 * and the key of the admin API. 1 to 63 characters of lower-case letters, digits and inner hyphens,
 * so it can never be mistaken for a file name.
 */
public record TenantId(String value) {

  private static final int MAX_LENGTH = 63;

  public TenantId {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "not a tenant id: "
              + (value == null ? "(none)" : "\"" + value + "\"")
              + " (1 to 63 lower-case letters, digits and inner hyphens)");
    }
  }

  /** Whether {@code value} is a valid tenant id, for routing without exceptions. */
  public static boolean isValid(String value) {
    // By hand, not by a regular expression: every phone request routed by path checks one.
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean inner = i > 0 && i < value.length() - 1;
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && inner))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
