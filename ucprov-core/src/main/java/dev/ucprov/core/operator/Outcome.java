package dev.ucprov.core.operator;

import java.util.function.Function;

/**
 * What an operator request did. A request that is not {@link Ok} or {@link Created} changed
 * nothing. The admin API maps them to 200, 201, 400, 409 and 404.
 *
 * @param <T> what a successful request gives back
 */
public sealed interface Outcome<T> {

  /** Done; {@code value} is the result (the thing read, changed or removed). */
  record Ok<T>(T value) implements Outcome<T> {}

  /** Done, and it did not exist before. */
  record Created<T>(T value) implements Outcome<T> {}

  /**
   * Refused: the input is wrong.
   *
   * @param field the input at fault ({@code hostnames[1]}, {@code mac}, {@code body}, {@code
   *     limit})
   * @param message what is wrong with it, naming the field, for people
   */
  record Invalid<T>(String field, String message) implements Outcome<T> {}

  /** Refused: it clashes with something another tenant or request holds. */
  record Conflict<T>(String message) implements Outcome<T> {}

  /** Refused: what the request names does not exist. */
  record NotFound<T>(String message) implements Outcome<T> {}

  static <T> Outcome<T> invalid(String field, String problem) {
    return new Invalid<>(field, field + ": " + problem);
  }

  /** This refusal as an outcome of another result type; a success is a programming error. */
  default <U> Outcome<U> asRefusal() {
    return map(value -> {
      throw new IllegalStateException("not a refusal: " + this);
    });
  }

  /** The same refusal for another result type, or a success mapped by {@code f}. */
  default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
    return switch (this) {
      case Ok<T>(T value) -> new Ok<>(f.apply(value));
      case Created<T>(T value) -> new Created<>(f.apply(value));
      case Invalid<T>(String field, String message) -> new Invalid<>(field, message);
      case Conflict<T>(String message) -> new Conflict<>(message);
      case NotFound<T>(String message) -> new NotFound<>(message);
    };
  }
}
