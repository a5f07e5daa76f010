package dev.ucprov.http.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An admin request as routes see it, with no server types: the route's path variables, the query,
 * and the body behind its size limit.
 *
 * @param path the decoded path, for messages
 * @param variables the route's path variables, decoded
 * @param query every query parameter with its values; a bare {@code ?versions} has the value ""
 * @param contentType the media type without parameters, lower case, when sent
 * @param body the body, read once
 */
record ApiRequest(
    String path,
    Map<String, String> variables,
    Map<String, List<String>> query,
    Optional<String> contentType,
    RequestBody body) {

  ApiRequest {
    variables = Map.copyOf(variables);
    query = Map.copyOf(query);
  }

  String variable(String name) {
    String value = variables.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no path variable " + name);
    }
    return value;
  }

  /** A query parameter's single value; 400 naming it when sent more than once. */
  Optional<String> query(String name) {
    List<String> values = query.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw ApiError.badRequest("query parameter '" + name + "' given more than once");
    }
    return values.stream().findFirst();
  }

  /** Whether a query parameter is present, with or without a value ({@code ?versions}). */
  boolean has(String name) {
    return query.containsKey(name);
  }

  /** A body that can be read once, behind a limit. */
  interface RequestBody {
    /** The declared length, when the client sent Content-Length. */
    OptionalLong declaredLength();

    /** The body as a stream that fails with 413 once it passes {@code limit} bytes. */
    InputStream stream(long limit) throws IOException;

    /** The whole body; 413 when it is larger than {@code limit}. */
    default byte[] bytes(long limit) throws IOException {
      try (InputStream in = stream(limit)) {
        return in.readAllBytes();
      }
    }
  }
}
