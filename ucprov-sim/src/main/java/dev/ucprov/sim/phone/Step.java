package dev.ucprov.sim.phone;

import java.time.Duration;

/**
 * One record of a provisioning cycle's trace.
 *
 * @param kind what the step was for
 * @param method {@code GET}, {@code PUT}, or {@code -} for a step without a request
 * @param url the URL asked, password shown as {@code ***}
 * @param status the status (HTTP, or TFTP/FTP mapped onto it), 0 when nothing answered
 * @param bytes body bytes received (GET) or sent (PUT)
 * @param duration from request to the end of the answer
 * @param cache how the flash was involved
 * @param result how the step ended
 * @param note for people: why, or what the phone did instead
 */
public record Step(
    StepKind kind,
    String method,
    String url,
    int status,
    long bytes,
    Duration duration,
    CacheUse cache,
    StepResult result,
    String note) {

  /** A step that made no request. */
  public static Step decision(StepKind kind, String url, StepResult result, String note) {
    return decision(kind, url, CacheUse.NONE, result, note);
  }

  /** A step that made no request but used the flash. */
  public static Step decision(
      StepKind kind, String url, CacheUse cache, StepResult result, String note) {
    return new Step(kind, "-", url, 0, 0, Duration.ZERO, cache, result, note);
  }

  public boolean isRequest() {
    return !method.equals("-");
  }
}
