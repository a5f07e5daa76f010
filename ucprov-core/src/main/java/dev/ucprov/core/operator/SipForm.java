package dev.ucprov.core.operator;

/**
 * A device's {@code "sip"} settings as an operator sends them, not yet checked; {@code null} where
 * a field is absent. A password of {@link CredentialsForm#MASKED} keeps the stored one.
 */
public record SipForm(
    String target, String transport, String username, String password, String user) {

  @Override
  public String toString() {
    return "SipForm[target=" + target + ", transport=" + transport + ", user=" + user + "]";
  }
}
