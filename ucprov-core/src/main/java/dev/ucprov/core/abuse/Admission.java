package dev.ucprov.core.abuse;

import java.time.Duration;

/** How to treat the next request of a source address; the listener acts on it. */
public sealed interface Admission {

  /** Answer normally. */
  static Admission admitted() {
    return Admitted.INSTANCE;
  }

  /** Nothing suspicious counted lately. */
  enum Admitted implements Admission {
    INSTANCE
  }

  /** Wait {@code delay} before answering. */
  record Slowed(Duration delay) implements Admission {}

  /** Refuse without looking at the request (HTTP 429), for {@code retryAfter} more. */
  record Refused(Duration retryAfter) implements Admission {}
}
