package dev.ucprov.core.operator;

import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.operator.Fields.Checked;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Turns the query parameters of a device listing into a {@link DeviceQuery}, or a refusal. */
final class Searches {

  private Searches() {}

  static Checked<DeviceQuery> query(DeviceSearch search) {
    Optional<Instant> since = Optional.empty();
    if (search.notSeenSince().isPresent()) {
      try {
        since = Optional.of(Instant.parse(search.notSeenSince().get()));
      } catch (DateTimeParseException e) {
        return new Checked.Bad<>(
            "notSeenSince",
            "\""
                + Fields.shown(search.notSeenSince().get())
                + "\" is not an ISO-8601 instant"
                + " (2026-11-25T10:00:00Z)");
      }
    }
    Checked<Integer> offset = number("offset", search.offset(), 0, 0, Integer.MAX_VALUE);
    Checked<Integer> limit =
        number("limit", search.limit(), DeviceSearch.DEFAULT_LIMIT, 1, DeviceQuery.MAX_LIMIT);
    if (offset instanceof Checked.Bad<Integer> bad) {
      return new Checked.Bad<>(bad.field(), bad.problem());
    }
    if (limit instanceof Checked.Bad<Integer> bad) {
      return new Checked.Bad<>(bad.field(), bad.problem());
    }
    return new Checked.Good<>(
        new DeviceQuery(
            search.model().filter(m -> !m.isBlank()),
            search.firmware().filter(f -> !f.isBlank()),
            since,
            offset.value(),
            limit.value()));
  }

  static Checked<Integer> number(
      String field, Optional<String> text, int absent, int min, int max) {
    if (text.isEmpty()) {
      return new Checked.Good<>(absent);
    }
    try {
      int value = Integer.parseInt(text.get().strip());
      if (value >= min && value <= max) {
        return new Checked.Good<>(value);
      }
    } catch (NumberFormatException e) {
      // reported below with the range
    }
    return new Checked.Bad<>(
        field,
        "\"" + Fields.shown(text.get()) + "\" is not a whole number from " + min + " to " + max);
  }
}
