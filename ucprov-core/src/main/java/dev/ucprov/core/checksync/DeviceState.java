package dev.ucprov.core.checksync;

/**
 * Where one device of a job is. A job is finished when none is {@link #PENDING} or {@link
 * #SENDING}.
 */
public enum DeviceState {
  /** Not sent yet. */
  PENDING,
  /** Sent; its outcome is awaited. */
  SENDING,
  OK,
  REJECTED,
  TIMEOUT,
  ERROR,
  /**
   * The server stopped while its check-sync was in flight, so whether the phone got it is unknown;
   * it is not sent again (a phone set to reboot on check-sync would reboot twice).
   */
  INTERRUPTED;

  public boolean done() {
    return this != PENDING && this != SENDING;
  }

  /** Whether it ended without the phone accepting the check-sync. */
  public boolean failed() {
    return done() && this != OK;
  }

  public static DeviceState of(Delivery.Outcome outcome) {
    return switch (outcome) {
      case OK -> OK;
      case REJECTED -> REJECTED;
      case TIMEOUT -> TIMEOUT;
      case ERROR -> ERROR;
    };
  }
}
