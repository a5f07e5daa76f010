package dev.ucprov.sip.digest;

/** A user name and password to answer a challenge with. {@link #toString()} hides the password. */
public record DigestCredentials(String username, String password) {

  @Override
  public String toString() {
    return "DigestCredentials[" + username + "]";
  }
}
