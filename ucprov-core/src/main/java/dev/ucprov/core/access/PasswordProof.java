package dev.ucprov.core.access;

import dev.ucprov.core.tenant.Credentials;

/**
 * A user name and a way to check a candidate password against what was presented, without the core
 * knowing the wire form: HTTP Basic compares the sent password, HTTP Digest recomputes the response
 * with the candidate, FTP compares the login password.
 *
 * @param username the user name as presented
 * @param check answers whether a stored credential matches what was presented
 */
public record PasswordProof(String username, PasswordCheck check) {

  /** Whether the presented proof was made with {@code candidate}. */
  public boolean matches(Credentials candidate) {
    return candidate.username().equals(username) && check.matches(candidate.password());
  }

  /** A check of one candidate password; pure, and safe to call more than once. */
  @FunctionalInterface
  public interface PasswordCheck {
    boolean matches(String candidatePassword);
  }

  @Override
  public String toString() {
    return "PasswordProof[username=" + username + "]";
  }
}
