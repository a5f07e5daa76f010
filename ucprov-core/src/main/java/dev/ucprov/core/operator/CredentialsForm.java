package dev.ucprov.core.operator;

/** Credentials as an operator sends them, not yet checked ({@code null} when a field is absent). */
public record CredentialsForm(String username, String password) {

  @Override
  public String toString() {
    return "CredentialsForm[username=" + username + ", password=***]";
  }
}
