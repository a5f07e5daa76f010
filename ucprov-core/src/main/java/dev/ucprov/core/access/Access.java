package dev.ucprov.core.access;

import java.util.Optional;

/** The {@link AccessPolicy}'s decision for one request; listeners map each case to a status. */
public sealed interface Access {

  /** Go ahead; {@code principal} is recorded with what the request did. */
  record Granted(Principal principal) implements Access {}

  /**
   * Proof is needed and what was presented (if anything) is not enough: HTTP 401 with a challenge,
   * so the client can present credentials.
   *
   * @param reason for the operator's log, never sent to the client
   * @param rejectedUser the user name of a password proof that matched nothing; present exactly
   *     when this is a failed authentication rather than the first, proof-less request
   */
  record Challenge(String reason, Optional<String> rejectedUser) implements Access {}

  /**
   * The proof is valid but does not reach this file (tenant credentials for a device's own files,
   * one device's proof for another MAC's files): HTTP 403, since other credentials would not help
   * the same client.
   *
   * @param reason for the operator's log, never sent to the client
   */
  record Denied(String reason) implements Access {}
}
