package dev.ucprov.http.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** JSON documents of the admin API: built as trees, written compact in UTF-8. */
final class Json {

  /** Configured once and never changed: Jackson mappers are thread-safe once configured. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** {@code {"error": message}}: every refusal of the API has this shape. */
  static ObjectNode error(String message) {
    return object().put("error", message);
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; reaching here is a bug.
      throw new IllegalStateException(e);
    }
  }

  static String text(JsonNode node) {
    return new String(bytes(node), StandardCharsets.UTF_8);
  }

  static JsonNode parse(byte[] body) throws JsonProcessingException {
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("reading JSON from memory cannot fail on I/O", e);
    }
  }
}
