package dev.ucprov.core.operator;

import java.util.Optional;

/**
 * The query parameters of a device listing as sent, not yet checked: {@code model}, {@code
 * firmware}, {@code notSeenSince} (ISO-8601 instant), {@code offset} and {@code limit} (decimal).
 */
public record DeviceSearch(
    Optional<String> model,
    Optional<String> firmware,
    Optional<String> notSeenSince,
    Optional<String> offset,
    Optional<String> limit) {

  public static final int DEFAULT_LIMIT = 100;

  public DeviceSearch {
    model = model == null ? Optional.empty() : model;
    firmware = firmware == null ? Optional.empty() : firmware;
    notSeenSince = notSeenSince == null ? Optional.empty() : notSeenSince;
    offset = offset == null ? Optional.empty() : offset;
    limit = limit == null ? Optional.empty() : limit;
  }

  /** Every device, first page. */
  public static DeviceSearch all() {
    return new DeviceSearch(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
