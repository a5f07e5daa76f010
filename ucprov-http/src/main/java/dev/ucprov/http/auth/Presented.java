package dev.ucprov.http.auth;

import dev.ucprov.core.access.PasswordProof;
import java.util.Optional;

/**
 * What a request's {@code Authorization} header amounts to.
 *
 * @param password the proof to hand the core; a malformed or replayed header gives a proof that
 *     matches no password (a failed authentication), a header of a scheme ucprov does not know
 *     gives none
 * @param stale the header carried a Digest nonce that is too old, of another process, or (RFC 2069
 *     form) already used: no proof is made of it, and a 401 says {@code stale=true} so the client
 *     retries with a fresh nonce without asking anyone for a password
 */
public record Presented(Optional<PasswordProof> password, boolean stale) {

  static final Presented NOTHING = new Presented(Optional.empty(), false);
  static final Presented STALE = new Presented(Optional.empty(), true);

  /** A proof of {@code username} that matches no password. */
  static Presented failed(String username) {
    return new Presented(Optional.of(new PasswordProof(username, candidate -> false)), false);
  }
}
