package dev.ucprov.http.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonBodyTest {

  private static final Set<String> FIELDS = Set.of("name", "hostnames", "variables");

  @Test
  void anErrorIsOneFieldNamedError() {
    assertThat(Json.text(Json.error("field 'name' must be a string")))
        .isEqualTo("{\"error\":\"field 'name' must be a string\"}");
  }

  @Test
  void readsAnObjectsFields() throws IOException {
    ObjectNode body =
        JsonBody.object(
            request(
                "{\"name\": \"Acme\", \"hostnames\": [\"a.example\"], \"variables\": {\"k\": \"v\"}}",
                Optional.of("application/json")),
            100,
            FIELDS);

    assertThat(JsonBody.text(body, "name")).contains("Acme");
    assertThat(JsonBody.textList(body, "hostnames")).containsExactly("a.example");
    assertThat(JsonBody.textMap(body, "variables")).isEqualTo(Map.of("k", "v"));
    assertThat(JsonBody.text(body, "missing")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\": 1}|400|field 'name' must be a string",
        "{\"hostnames\": \"a\"}|400|field 'hostnames' must be an array of strings",
        "{\"hostnames\": [\"a\", 2]}|400|field 'hostnames[1]' must be a string",
        "{\"variables\": []}|400|field 'variables' must be an object",
        "{\"variables\": {\"k\": true}}|400|field 'variables.k' must be a string",
        "{\"other\": 1}|400|unknown field 'other'; expected [hostnames, name, variables]",
        "nope|400|request body is not valid JSON at line 1, column 1: Unrecognized token 'nope'",
        "\"text\"|400|request body must be a JSON object"
      })
  void refusalsNameTheField(String json, int status, String message) {
    assertThatThrownBy(
            () -> {
              ObjectNode body = JsonBody.object(request(json, Optional.empty()), 100, FIELDS);
              JsonBody.text(body, "name");
              JsonBody.textList(body, "hostnames");
              JsonBody.textMap(body, "variables");
            })
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.getMessage()).startsWith(message);
            });
  }

  @Test
  void anotherMediaTypeIs415() {
    assertThatThrownBy(() -> JsonBody.object(request("{}", Optional.of("text/plain")), 100, FIELDS))
        .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(415));
  }

  @Test
  void aBodyOverTheLimitIs413EvenWithoutContentLength() {
    assertThatThrownBy(() ->
            JsonBody.object(
                request("{\"name\": \"" + "x".repeat(200) + "\"}", Optional.empty()), 100, FIELDS))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(413);
              assertThat(e.getMessage())
                  .isEqualTo("request body larger than the limit of 100 bytes");
            });
  }

  /** A request whose body declares no length, so only the counting stream can stop it. */
  private static ApiRequest request(String body, Optional<String> contentType) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ApiRequest.RequestBody source =
        new ApiRequest.RequestBody() {
          @Override
          public OptionalLong declaredLength() {
            return OptionalLong.empty();
          }

          @Override
          public InputStream stream(long limit) {
            return new BoundedInput(new ByteArrayInputStream(bytes), limit);
          }
        };
    return new ApiRequest("/x", Map.of(), Map.of(), contentType, source);
  }
}
