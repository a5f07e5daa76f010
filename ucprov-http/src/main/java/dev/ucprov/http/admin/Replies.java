package dev.ucprov.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ucprov.core.operator.Outcome;
import java.util.function.Function;

/**
 * Maps an operator {@link Outcome} to its status: 200, 201, and for refusals 400, 409 and 404 with
 * the outcome's message as the JSON error (it names the field or the thing not found).
 */
final class Replies {

  private Replies() {}

  static <T> ApiReply of(Outcome<T> outcome, Function<? super T, ? extends JsonNode> json) {
    return switch (outcome) {
      case Outcome.Ok<T>(T value) -> new ApiReply.Json(200, json.apply(value));
      case Outcome.Created<T>(T value) -> new ApiReply.Json(201, json.apply(value));
      case Outcome.Invalid<T>(String field, String message) -> new ApiReply.Failure(400, message);
      case Outcome.Conflict<T>(String message) -> new ApiReply.Failure(409, message);
      case Outcome.NotFound<T>(String message) -> new ApiReply.Failure(404, message);
    };
  }
}
