package dev.ucprov.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;

/**
 * Variables as a JSON object of strings in one column: they are always read and written whole and
 * never queried, so a child table would only add statements. Thread-safe.
 */
final class JsonVariables {

  private static final TypeReference<Map<String, String>> TYPE = new TypeReference<>() {};

  private final ObjectMapper mapper = new ObjectMapper();

  /** Sorted by name, so equal maps are stored as equal text. */
  String write(Map<String, String> variables) {
    try {
      return mapper.writeValueAsString(new TreeMap<>(variables));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("variables could not be written as JSON", e);
    }
  }

  Map<String, String> read(String json) {
    try {
      return Map.copyOf(mapper.readValue(json, TYPE));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored variables are not a JSON object of strings", e);
    }
  }
}
