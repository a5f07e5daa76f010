package dev.ucprov.core.checksync;

import java.util.UUID;
import java.util.regex.Pattern;

/** A check-sync job's identifier: a random UUID in lower case, unique across nodes. */
public record JobId(String value) {

  private static final Pattern VALID = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  public JobId {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("not a job id: " + value + " (a UUID in lower case)");
    }
  }

  public static JobId random() {
    return new JobId(UUID.randomUUID().toString());
  }

  /** Whether {@code value} is a job id, for routing without exceptions. */
  public static boolean isValid(String value) {
    return value != null && VALID.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
