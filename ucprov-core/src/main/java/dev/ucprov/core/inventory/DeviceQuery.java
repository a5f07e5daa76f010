package dev.ucprov.core.inventory;

import java.time.Instant;
import java.util.Optional;

/**
 * Which devices of a tenant to list, and which page.
 *
 * @param model only this model token (either spelling, case-insensitive): the one the operator set
 *     or, when none is set, the one the phone last reported
 * @param firmware only devices whose last reported application version starts with this
 * @param notSeenSince only devices never seen, or last seen before this instant
 * @param offset devices to skip, ordered by MAC
 * @param limit at most this many (1..1000)
 */
public record DeviceQuery(
    Optional<String> model,
    Optional<String> firmware,
    Optional<Instant> notSeenSince,
    int offset,
    int limit) {

  public static final int MAX_LIMIT = 1000;

  public DeviceQuery {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0: " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
    }
  }

  /** Every device, first page of 100. */
  public static DeviceQuery all() {
    return new DeviceQuery(Optional.empty(), Optional.empty(), Optional.empty(), 0, 100);
  }
}
