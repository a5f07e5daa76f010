package dev.ucprov.core.operator;

/** Credentials as an operator sends them, not yet checked ({@code null} when a field is absent). */
public record CredentialsForm(String username, String password) {

  /**
   * What the admin API shows instead of a stored password. A form that sends it back means "keep
   * the stored password", so reading a tenant or device and writing it back loses nothing.
   */
  public static final String MASKED = "***";

  @Override
  public String toString() {
    return "CredentialsForm[username=" + username + ", password=***]";
  }
}
