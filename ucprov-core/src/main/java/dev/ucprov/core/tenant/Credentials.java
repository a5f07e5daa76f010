package dev.ucprov.core.tenant;

/**
 * A user name and password that a phone presents (HTTP Basic or Digest, FTP login).
 *
 * <p>The password is kept in clear because HTTP Digest needs it to compute the expected response;
 * {@link #toString()} never shows it.
 */
public record Credentials(String username, String password) {

  public Credentials {
    if (username == null || username.isEmpty()) {
      throw new IllegalArgumentException("credentials need a non-empty username");
    }
    if (password == null) {
      throw new IllegalArgumentException("credentials need a password (it may be empty)");
    }
  }

  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=***]";
  }
}
