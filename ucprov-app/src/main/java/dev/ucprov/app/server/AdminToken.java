package dev.ucprov.app.server;

/**
 * The bearer token of the admin API.
 *
 * @param value what clients send after {@code Authorization: Bearer}
 * @param origin where it came from, which decides whether it is shown
 */
public record AdminToken(String value, Origin origin) {

  public AdminToken {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("empty admin token");
    }
  }

  /** Where a token came from. */
  public enum Origin {
    /** {@code UCPROV_ADMIN_TOKEN}: the operator knows it already. */
    ENVIRONMENT,
    /** Generated on this start: shown once, now, and never again. */
    GENERATED,
    /** Read back from the data directory, where an earlier start stored it. */
    STORED
  }

  /** Never the secret itself: tokens must not reach logs by accident. */
  @Override
  public String toString() {
    return "AdminToken[origin=" + origin + ", value=***]";
  }
}
