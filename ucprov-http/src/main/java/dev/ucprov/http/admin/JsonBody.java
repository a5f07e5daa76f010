package dev.ucprov.http.admin;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reading a JSON request body, with errors that name the field. A body sent without Content-Type is
 * read as JSON (curl's {@code -d} aside, scripts often omit it); any other media type than {@code
 * application/json} is refused with 415.
 */
final class JsonBody {

  private JsonBody() {}

  /** The body as a JSON object whose fields are all among {@code allowed}. */
  static ObjectNode object(ApiRequest request, long limit, Set<String> allowed) throws IOException {
    request
        .contentType()
        .filter(type -> !type.equals("application/json"))
        .ifPresent(type -> {
          throw new ApiError(415, "Content-Type must be application/json, not " + type);
        });
    byte[] body = request.body().bytes(limit);
    if (body.length == 0) {
      throw ApiError.badRequest("request body is empty; expected a JSON object");
    }
    JsonNode node;
    try {
      node = Json.parse(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw ApiError.badRequest(
          "request body is not valid JSON at line "
              + at.getLineNr()
              + ", column "
              + at.getColumnNr()
              + ": "
              + e.getOriginalMessage());
    }
    if (!(node instanceof ObjectNode object)) {
      throw ApiError.badRequest("request body must be a JSON object");
    }
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw ApiError.badRequest("unknown field '" + name + "'; expected " + sorted(allowed));
      }
    }
    return object;
  }

  /** A string field; 400 naming it when it is there but not a string. */
  static Optional<String> text(ObjectNode object, String field) {
    return text(object, field, field);
  }

  /** A string field of a nested object, named in errors by its full path {@code shown}. */
  static Optional<String> text(ObjectNode object, String shown, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw ApiError.badRequest("field '" + shown + "' must be a string");
    }
    return Optional.of(value.textValue());
  }

  /** A boolean field; {@code otherwise} when absent or null, 400 naming it when not a boolean. */
  static boolean flag(ObjectNode object, String field, boolean otherwise) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return otherwise;
    }
    if (!value.isBoolean()) {
      throw ApiError.badRequest("field '" + field + "' must be true or false");
    }
    return value.booleanValue();
  }

  /** A nested object field, when present. */
  static Optional<ObjectNode> object(ObjectNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!(value instanceof ObjectNode nested)) {
      throw ApiError.badRequest("field '" + field + "' must be an object");
    }
    return Optional.of(nested);
  }

  /** An object of strings ({@code variables}); empty when absent. */
  static Map<String, String> textMap(ObjectNode object, String field) {
    Map<String, String> values = new LinkedHashMap<>();
    Optional<ObjectNode> nested = object(object, field);
    nested.ifPresent(map ->
        map.properties()
            .forEach(entry -> {
              if (!entry.getValue().isTextual()) {
                throw ApiError.badRequest(
                    "field '" + field + "." + entry.getKey() + "' must be a string");
              }
              values.put(entry.getKey(), entry.getValue().textValue());
            }));
    return values;
  }

  /** An array of strings ({@code hostnames}); empty when absent. */
  static List<String> textList(ObjectNode object, String field) {
    JsonNode value = object.get(field);
    List<String> values = new ArrayList<>();
    if (value == null || value.isNull()) {
      return values;
    }
    if (!value.isArray()) {
      throw ApiError.badRequest("field '" + field + "' must be an array of strings");
    }
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual()) {
        throw ApiError.badRequest("field '" + field + "[" + i + "]' must be a string");
      }
      values.add(value.get(i).textValue());
    }
    return values;
  }

  private static String sorted(Set<String> names) {
    return names.stream().sorted().toList().toString();
  }
}
