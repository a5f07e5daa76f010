package dev.ucprov.sim.phone;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of the local contact directory (polycom-facts.md §4): its fields by element name
 * ({@code fn}, {@code ln}, {@code ct}, {@code sd}...), in the order the file has them.
 */
public record Contact(Map<String, String> fields) {

  public Contact {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    if (fields.getOrDefault("ct", "").isBlank()) {
      throw new IllegalArgumentException("a contact needs a number or SIP URI (ct)");
    }
  }

  /** A contact with a first name, a last name and a number. */
  public static Contact of(String firstName, String lastName, String number) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("fn", firstName);
    fields.put("ln", lastName);
    fields.put("ct", number);
    return new Contact(fields);
  }

  public String number() {
    return fields.get("ct");
  }
}
