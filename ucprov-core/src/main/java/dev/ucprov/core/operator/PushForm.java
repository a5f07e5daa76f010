package dev.ucprov.core.operator;

/**
 * A device's {@code "push"} settings as an operator sends them, not yet checked; {@code null} where
 * a field is absent. A password of {@link CredentialsForm#MASKED} keeps the stored one.
 */
public record PushForm(String url, String username, String password) {

  @Override
  public String toString() {
    return "PushForm[url=" + url + ", username=" + username + "]";
  }
}
