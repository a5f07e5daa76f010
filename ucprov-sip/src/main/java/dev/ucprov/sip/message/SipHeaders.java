package dev.ucprov.sip.message;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header fields of a received message, in order. Names compare case-insensitively and compact
 * forms read as their full names (RFC 3261 §7.3.3, §20).
 */
public record SipHeaders(List<Field> fields) {

  /** One header line, its name normalised to lowercase full form. */
  public record Field(String name, String value) {}

  private static final Map<String, String> COMPACT =
      Map.ofEntries(
          Map.entry("i", "call-id"),
          Map.entry("m", "contact"),
          Map.entry("e", "content-encoding"),
          Map.entry("l", "content-length"),
          Map.entry("c", "content-type"),
          Map.entry("f", "from"),
          Map.entry("s", "subject"),
          Map.entry("k", "supported"),
          Map.entry("t", "to"),
          Map.entry("v", "via"),
          Map.entry("o", "event"),
          Map.entry("u", "allow-events"));

  public SipHeaders {
    fields = List.copyOf(fields);
  }

  /** The lowercase full name a received header name stands for. */
  public static String normalise(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return COMPACT.getOrDefault(lower, lower);
  }

  public Optional<String> first(String name) {
    String wanted = normalise(name);
    return fields.stream().filter(f -> f.name().equals(wanted)).map(Field::value).findFirst();
  }

  /** Every line of that header, in order; several may carry comma-separated values each. */
  public List<String> all(String name) {
    String wanted = normalise(name);
    return fields.stream().filter(f -> f.name().equals(wanted)).map(Field::value).toList();
  }
}
