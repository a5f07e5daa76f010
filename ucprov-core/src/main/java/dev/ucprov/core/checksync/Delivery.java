package dev.ucprov.core.checksync;

/**
 * How one check-sync ended, as the API reports it.
 *
 * @param outcome the class of ending
 * @param status the final SIP or HTTP status; 0 when none came (timeout, network error)
 * @param reason the reason phrase, or what went wrong, for people
 * @param via which mechanism carried it
 */
public record Delivery(Outcome outcome, int status, String reason, Via via) {

  /** {@code ok}: a 2xx; {@code rejected}: any other final status; the rest: no final status. */
  public enum Outcome {
    OK,
    REJECTED,
    TIMEOUT,
    ERROR
  }

  /** SIP NOTIFY or the Push API. */
  public enum Via {
    SIP,
    PUSH
  }
}
